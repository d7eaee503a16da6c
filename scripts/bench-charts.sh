#!/usr/bin/env bash
# Chart benchmark on a generated store of ROWS requests (default 1,000,000):
# the synthetic organisations, inventory and policy changes, plus ROWS requests.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
out=bench-out
mkdir -p "$out"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked -q -p disclose-cli
cargo build --release --locked -q -p disclose-charts --examples
bin="$CARGO_TARGET_DIR/release/disclose"
db="$out/charts-$rows.db"
if [ ! -f "$db" ]; then
  "$bin" generate --requests 0 --out "$out/context.json" >/dev/null
  [ -f "$out/requests-$rows.csv" ] || "$bin" generate --requests "$rows" --seed 1 --out "$out/requests-$rows.csv" >/dev/null
  "$bin" import "$out/context.json" "$out/requests-$rows.csv" --db "$db" >/dev/null
fi
"$CARGO_TARGET_DIR/release/examples/bench_charts" "$db" 5
