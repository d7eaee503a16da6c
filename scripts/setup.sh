#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build, run and test Disclose.
# Does nothing when everything is there. Called by `npm start` and `npm test`.
set -euo pipefail
cd "${0%/*}/.."

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

# System packages: a C compiler for the bundled SQLite; WebKitGTK and friends for the Tauri
# app; Xvfb and WebKitWebDriver for its end-to-end tests; Chromium, in which the tests open
# the HTML report; desktop-file-utils and appstream to check the package's desktop and
# metainfo files; a D-Bus daemon for the single-instance test.
packages=(build-essential pkg-config file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver chromium
  desktop-file-utils appstream dbus-daemon)
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

# The UI's packages, exactly as locked; again only when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing the UI's npm packages" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

# tauri-driver, the WebDriver bridge the end-to-end tests drive the app through.
if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "Installing tauri-driver" >&2
  cargo install tauri-driver --locked --quiet
fi
