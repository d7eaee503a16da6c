#!/usr/bin/env bash
# Builds the UI and the desktop app, then opens it. On a first run the app creates its
# store in your data directory (~/.local/share/org.disclose.app) with the PSF/PyPI 2023
# sample in it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run --silent build:ui
cargo build --release --locked -p disclose-app
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display to open a window on. Run this in a desktop session, or under Xvfb: xvfb-run -a npm start" >&2
  exit 1
fi
exec "${CARGO_TARGET_DIR:-target}/release/disclose-app"
