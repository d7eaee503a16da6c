#!/usr/bin/env bash
# The whole test suite: formatting, lints, type checks, the Rust tests, the UI's unit tests
# and the end-to-end tests of the real app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT

npm run --silent check:ui
# The app embeds the built UI, so it is built before anything compiles the app crate.
npm run --silent build:ui >/dev/null
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked 2>&1 | tee -a "$log"
npm run --silent test:ui 2>&1 | tee -a "$log"
cargo build --locked -p disclose-app
npm run --silent test:e2e 2>&1 | tee -a "$log"

# One closing line over all runners (cargo's last line is often an empty doc-test run).
awk '
  /^test result:/ { p += $4; f += $6 }
  /^ *Tests +[0-9]+ passed/ { p += $2 }
  /^ *Tests +[0-9]+ failed/ { f += $2 }
  /^ *Tests +[0-9]+ failed \| [0-9]+ passed/ { p += $5 }
  /^# pass / { p += $3 }
  /^# fail / { f += $3 }
  END { printf "tests: %d passed, %d failed\n", p, f }' <(sed 's/\x1b\[[0-9;]*m//g' "$log")
