#!/usr/bin/env bash
# The app's benchmarks (BENCHMARKS.md "Desktop app"), each beside its peer in the same run:
#   1. launch to first chart and memory, beside a bare Tauri window;
#   2. a filtered, sorted page of 100 rows with facet counts from a 1,000,000-request store,
#      beside Datasette serving the same rows from the same SQLite file;
#      and the whole table exported as CSV in each of a few sort orders;
#   3. a request of that store replayed against another day's inventory (exposure);
#   4. undo and redo of an import of 60,000 requests, beside SQLite deleting the same rows.
#   scripts/bench-app.sh [ROWS]     (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
out=bench-out
mkdir -p "$out"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
npm run --silent build:ui >/dev/null
cargo build --release --locked -q -p disclose-app --bin disclose-app --example bare
cargo build --release --locked -q -p disclose-cli
cargo build --release --locked -q -p disclose-core --example bench_page --example bench_exposure --example bench_undo --example bench_table_export
rel="$CARGO_TARGET_DIR/release"

echo "## Launch and memory"
python3 scripts/bench_app.py "$rel/disclose-app" "$rel/examples/bare" 5

echo
echo "## A page of 100 rows with facets, $rows requests"
db="$out/app-$rows.db"
if [ ! -f "$db" ]; then
  csv="$out/requests-$rows.csv"
  [ -f "$csv" ] || "$rel/disclose" generate --requests "$rows" --seed 1 --out "$csv"
  "$rel/disclose" import "$csv" --db "$db" >/dev/null
fi
"$rel/examples/bench_page" "$db" 15
echo
echo "## The request table exported as CSV (every row, in its sort order), $rows requests"
"$rel/examples/bench_table_export" "$db"
echo
echo "## A request replayed against another day's inventory (exposure), $rows requests"
"$rel/examples/bench_exposure" "$db" 15
echo
echo "## Undo of an import of 60,000 requests (into the sample, then into a copy of that store)"
"$rel/examples/bench_undo" 60000
"$rel/examples/bench_undo" 60000 "$db" | tail -1
echo
echo "Scrolling the request table of that store in the app:"
DISCLOSE_APP_BIN="$rel/disclose-app" node scripts/bench_scroll.mjs "$db"

if ! "$out/venv/bin/python" -c "import datasette, pysqlite3" 2>/dev/null; then
  python3 -m venv "$out/venv"
  # pysqlite3 brings a SQLite new enough for the store's FTS5 options; Datasette uses it when present.
  "$out/venv/bin/pip" install -q datasette pysqlite3-binary
fi
port=8765
"$out/venv/bin/datasette" serve "$db" --port "$port" --setting sql_time_limit_ms 120000 \
  --setting facet_time_limit_ms 120000 --setting suggest_facets off >/dev/null 2>&1 &
ds=$!
trap 'kill $ds 2>/dev/null || true' EXIT
name=$(basename "$db" .db)
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$port/-/versions.json" >/dev/null && break; sleep 0.2; done
echo
echo "| Datasette, same rows (JSON) | median ms of 5 |"
echo "|---|---:|"
for q in "process=subpoena&_sort_desc=received_start&_size=100" \
         "process=subpoena&_sort_desc=received_start&_size=100&_facet=organisation&_facet=country" \
         "process=subpoena&_sort_desc=received_start&_size=100&_facet=organisation&_facet=country&_facet=outcome&_facet=process"; do
  times=()
  for _ in 1 2 3 4 5; do
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/$name/requests.json?$q")")
  done
  med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "| \`$q\` | $(awk -v t="$med" 'BEGIN { printf "%.0f", t * 1000 }') |"
done
