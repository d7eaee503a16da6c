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
# The fuzz crate keeps a lock file of its own: a change to the workspace's dependencies
# must update it too. Checked here, before the long builds, not half an hour in.
cargo fetch --locked --quiet --manifest-path fuzz/Cargo.toml --target "$(rustc -vV | sed -n 's/^host: //p')"
# The checks against the real published files run only when DISCLOSE_REAL_DATA names a
# folder of them; otherwise they are listed as ignored (not run), never as passed.
real=()
if [ -n "${DISCLOSE_REAL_DATA:-}" ] && [ -d "$DISCLOSE_REAL_DATA" ]; then
  real=(-- --include-ignored)
else
  echo "Real-file checks not run (set DISCLOSE_REAL_DATA to a folder of the published files): $(grep -c '^#\[ignore = "needs DISCLOSE_REAL_DATA"\]' crates/disclose-core/tests/published_real.rs) checks in crates/disclose-core/tests/published_real.rs" >&2
fi
cargo test --workspace --locked "${real[@]}" 2>&1 | tee -a "$log"
npm run --silent test:ui 2>&1 | tee -a "$log"
# Every fuzz finding kept under fuzz/regressions replays on stable; then each fuzz target
# runs for 15 s (nightly, cargo-fuzz), so a new panic in a reader fails the run.
cargo test --manifest-path fuzz/Cargo.toml --locked 2>&1 | tee -a "$log"
bash scripts/fuzz.sh 15
# The app for the end-to-end tests, with the seam through which the harness picks and
# drops files as a user would (src-tauri/src/seam.rs); no other build has it.
cargo build --locked -p disclose-app --features test-seam
cargo build --locked -p disclose-cli
# A hung session must fail the run, not hold CI until its own limit: each test has four
# minutes (package.json), and the whole end-to-end run twenty, after which its process
# group (the app, the drivers, Xvfb) is ended.
timeout --kill-after=30 1200 npm run --silent test:e2e 2>&1 | tee -a "$log"
# The Debian package, built as `npm run package` builds it, then read and run as a user
# installs it (its metadata, files, validators, the CLI and the app from its own files).
bash scripts/package.sh
timeout --kill-after=30 600 node --test --test-concurrency=1 tests/package/ 2>&1 | tee -a "$log"

# One closing line over all runners (cargo's last line is often an empty doc-test run).
awk '
  /^test result:/ { p += $4; f += $6 }
  /^ *Tests +[0-9]+ passed/ { p += $2 }
  /^ *Tests +[0-9]+ failed/ { f += $2 }
  /^ *Tests +[0-9]+ failed \| [0-9]+ passed/ { p += $5 }
  /^# pass / { p += $3 }
  /^# fail / { f += $3 }
  END { printf "tests: %d passed, %d failed\n", p, f }' <(sed 's/\x1b\[[0-9;]*m//g' "$log")
