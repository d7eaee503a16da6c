#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build and test Disclose.
# Does nothing when everything is there. Called by `npm start` and `npm test`.
set -euo pipefail

if ! command -v cargo >/dev/null 2>&1; then
  echo "Disclose needs a Rust toolchain: install it with rustup (https://rustup.rs), then run npm again." >&2
  exit 1
fi
for component in fmt clippy; do
  if ! cargo "$component" --version >/dev/null 2>&1; then
    echo "Disclose's tests need cargo $component: run 'rustup component add $( [ "$component" = fmt ] && echo rustfmt || echo clippy )'." >&2
    exit 1
  fi
done

# System packages: a C compiler for the bundled SQLite; Chromium, in which the tests
# open the HTML report.
packages=(build-essential pkg-config chromium)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
