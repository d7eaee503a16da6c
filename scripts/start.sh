#!/usr/bin/env bash
# Until the desktop app lands: import the bundled PSF/PyPI 2023 sample into
# your store (idempotent) and show its numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --locked -p disclose-cli
bin="${CARGO_TARGET_DIR:-target}/release/disclose"
"$bin" import assets/samples/psf-pypi-2023.json
"$bin" stats
