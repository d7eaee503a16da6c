#!/usr/bin/env bash
# Import benchmark: Disclose against sqlite3's .import and sqlite-utils, same file, same run.
#   scripts/bench-import.sh [ROWS] [SQLITE_UTILS_ROWS] [ROUNDS]   (defaults 1000000, ROWS, 5)
# Disclose and sqlite3 import the file ROUNDS times, one right after the other each round
# (a virtual machine's speed drifts from minute to minute): the medians and each round's
# ratio are printed.
# Needs sqlite3 and python3; sqlite-utils is installed into bench-out/venv.
# Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
su_rows="${2:-$rows}"
rounds="${3:-5}"
out=bench-out
mkdir -p "$out"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked -q -p disclose-cli
bin="$CARGO_TARGET_DIR/release/disclose"
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
if [ ! -x "$out/venv/bin/sqlite-utils" ]; then
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install -q sqlite-utils
fi

csv="$out/requests-$rows.csv"
[ -f "$csv" ] || "$bin" generate --requests "$rows" --seed 1 --out "$csv"
small="$out/requests-$su_rows.csv"
if [ "$su_rows" -lt "$rows" ]; then head -n $((su_rows + 1)) "$csv" > "$small"; else small="$csv"; fi

# Runs a command, printing "seconds peak_rss_mb".
measure() {
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$out/time.txt"
}

# The median of numbers, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

d_all="" s_all="" ratios="" d_mb=0
for _ in $(seq "$rounds"); do
  rm -f "$out"/d.db* "$out"/plain.db
  read -r d_s mb < <(measure "$bin" import "$csv" --db "$out/d.db")
  read -r s_s s_mb < <(measure sqlite3 "$out/plain.db" ".mode csv" ".import $csv requests")
  d_all+="$d_s"$'\n' s_all+="$s_s"$'\n' ratios+="$(ratio "$d_s" "$s_s")"$'\n'
  [ "$mb" -gt "$d_mb" ] && d_mb=$mb
done
d_s=$(printf %s "$d_all" | median) s_s=$(printf %s "$s_all" | median)
each=$(printf %s "$ratios" | sort -n | paste -sd ' ')
rm -f "$out"/su.db "$out"/d-small.db*
read -r ds_s ds_mb < <(measure "$bin" import "$small" --db "$out/d-small.db")
read -r u_s u_mb < <(measure "$out/venv/bin/sqlite-utils" insert "$out/su.db" requests "$small" --csv)

size_mb=$(du -m "$csv" | cut -f1)
echo "| rows | tool | seconds | peak RSS (MB) | ratio |"
echo "|---:|---|---:|---:|---|"
echo "| $rows ($size_mb MB) | disclose import, median of $rounds | $d_s | $d_mb (highest) | 1 |"
echo "| $rows | sqlite3 .import (plain table, no checks), median of $rounds | $s_s | $s_mb | disclose takes $(ratio "$d_s" "$s_s")x as long (rounds: $each) |"
echo "| $su_rows | disclose import | $ds_s | $ds_mb | 1 |"
echo "| $su_rows | sqlite-utils insert --csv | $u_s | $u_mb | disclose is $(ratio "$u_s" "$ds_s")x faster |"

# The store's own bundle back in (issue 19): the same records exported as a bundle and
# imported into a new store, beside the CSV import of the same file above.
bundle="$out/export-$rows.json"
[ -f "$bundle" ] || "$bin" export --db "$out/d.db" --format bundle --out "$bundle" >/dev/null
rm -f "$out"/b.db*
read -r b_s b_mb < <(measure "$bin" import "$bundle" --db "$out/b.db")
bundle_mb=$(du -m "$bundle" | cut -f1)
echo "| $rows ($bundle_mb MB bundle) | disclose import of the store's bundle | $b_s | $b_mb | $(ratio "$b_s" "$d_s")x the CSV import's time |"
