#!/usr/bin/env bash
# Power-cut harness: kills Disclose (SIGKILL) part-way through an import, an undo, an
# export and a migration, and checks that each leaves the store exactly as before or
# exactly as after (PRAGMA integrity_check, the request count, the schema), that a killed
# export leaves no file, and that the next run works.
#   scripts/kill-harness.sh [ROWS]     (npm run bench:kill; default 300000)
# Times each operation once whole, then kills it at fractions of that time. Needs sqlite3.
# Prints a Markdown table for BENCHMARKS.md; exits 1 if any kill left anything else.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-300000}"
out=bench-out/kill
mkdir -p "$out"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked -q -p disclose-cli
bin="$CARGO_TARGET_DIR/release/disclose"
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
fractions=(0.05 0.2 0.35 0.5 0.65 0.8 0.95)
csv="$out/requests-$rows.csv"
[ -f "$csv" ] || "$bin" generate --requests "$rows" --seed 3 --out "$csv" >/dev/null
failed=0

fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }
copy() { fresh "$2"; cp "$1" "$2"; for s in -wal -shm; do [ -f "$1$s" ] && cp "$1$s" "$2$s"; done; true; }
requests() { "$bin" stats --db "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])'; }
integrity() { sqlite3 "$1" "PRAGMA integrity_check" | head -1; }
schema() { sqlite3 "$1" "PRAGMA user_version"; }
seconds() { python3 -c 'import sys,time; t=time.time(); import subprocess; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); print(f"{time.time()-t:.3f}")' "$@"; }
# Runs a command in the background and kills it after SECONDS.
kill_after() {
  local secs="$1"
  shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$secs"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
report() { # OPERATION SECONDS KILLS BEFORE AFTER OTHER
  echo "| $1 | $2 | $3 | $4 | $5 | $6 |"
  [ "$6" = "0" ] || failed=1
}

base="$out/base.db"
fresh "$base"
"$bin" import assets/samples/psf-pypi-2023.json --db "$base" >/dev/null
before=$(requests "$base")
after=$((before + rows))

echo "| killed during | whole run, s | kills | left as before | left as after | anything else |"
echo "|---|---:|---:|---:|---:|---:|"

# Import.
copy "$base" "$out/whole.db"
t=$(seconds "$bin" import "$csv" --db "$out/whole.db")
b=0; a=0; o=0
for f in "${fractions[@]}"; do
  copy "$base" "$out/k.db"
  kill_after "$(python3 -c "print($t * $f)")" "$bin" import "$csv" --db "$out/k.db"
  n=$(requests "$out/k.db" 2>/dev/null || echo broken)
  ok=$(integrity "$out/k.db")
  if [ "$ok" = ok ] && [ "$n" = "$before" ]; then b=$((b + 1))
  elif [ "$ok" = ok ] && [ "$n" = "$after" ]; then a=$((a + 1))
  else o=$((o + 1)); echo "import killed at $f: integrity $ok, $n requests" >&2; fi
  # The next run works: the import lands whole (or is all unchanged).
  "$bin" import "$csv" --db "$out/k.db" >/dev/null
  [ "$(requests "$out/k.db")" = "$after" ] || { o=$((o + 1)); echo "import after a kill at $f did not land" >&2; }
done
report "import of $rows requests" "$t" "${#fractions[@]}" "$b" "$a" "$o"

# Undo of that import.
copy "$out/whole.db" "$out/u.db"
t=$(seconds "$bin" undo --db "$out/u.db")
b=0; a=0; o=0
for f in "${fractions[@]}"; do
  copy "$out/whole.db" "$out/k.db"
  kill_after "$(python3 -c "print($t * $f)")" "$bin" undo --db "$out/k.db"
  n=$(requests "$out/k.db" 2>/dev/null || echo broken)
  ok=$(integrity "$out/k.db")
  if [ "$ok" = ok ] && [ "$n" = "$after" ]; then b=$((b + 1)); "$bin" undo --db "$out/k.db" >/dev/null
  elif [ "$ok" = ok ] && [ "$n" = "$before" ]; then a=$((a + 1)); "$bin" redo --db "$out/k.db" >/dev/null; "$bin" undo --db "$out/k.db" >/dev/null
  else o=$((o + 1)); echo "undo killed at $f: integrity $ok, $n requests" >&2; continue; fi
  [ "$(requests "$out/k.db")" = "$before" ] || { o=$((o + 1)); echo "undo after a kill at $f did not work" >&2; }
done
report "undo of that import" "$t" "${#fractions[@]}" "$b" "$a" "$o"

# Export of the store (bundle): a killed export leaves no file at all.
rm -rf "$out/exports"
mkdir -p "$out/exports"
t=$(seconds "$bin" export --db "$out/whole.db" --format bundle --out "$out/exports/whole.json")
rm -f "$out/exports/whole.json"
b=0; a=0; o=0
for f in "${fractions[@]}"; do
  kill_after "$(python3 -c "print($t * $f)")" "$bin" export --db "$out/whole.db" --format bundle --out "$out/exports/x.json"
  left=$(ls -A "$out/exports")
  if [ -z "$left" ]; then b=$((b + 1))
  elif [ "$left" = x.json ] && [ "$(wc -c < "$out/exports/x.json")" -gt 1000 ]; then a=$((a + 1)); rm -f "$out/exports/x.json"
  else o=$((o + 1)); echo "export killed at $f left: $left" >&2; rm -f "$out/exports/"* "$out/exports/".* 2>/dev/null || true; fi
done
"$bin" export --db "$out/whole.db" --format bundle --out "$out/exports/x.json" >/dev/null
report "export of $after requests (bundle)" "$t" "${#fractions[@]}" "$b (no file)" "$a (whole file)" "$o"

# Migration from schema 9 (before the categories were packed into the request rows): the
# store as an older Disclose left it, with a row per requested category.
copy "$out/whole.db" "$out/v9.db"
sqlite3 "$out/v9.db" "CREATE TABLE request_categories (
    request INTEGER NOT NULL REFERENCES requests(rowid) ON DELETE CASCADE,
    category TEXT NOT NULL REFERENCES categories(id), disposition TEXT NOT NULL,
    requested_as TEXT, PRIMARY KEY (request, category)) STRICT, WITHOUT ROWID;
  INSERT INTO request_categories
    SELECT r.rowid, q.value ->> 0, q.value ->> 1, q.value -> 2 FROM requests r, json_each(r.categories) q;
  CREATE TABLE j_request_categories AS SELECT 0 AS change_id, '' AS side, * FROM request_categories WHERE 0;
  CREATE INDEX j_request_categories_by_change ON j_request_categories (change_id, side);
  ALTER TABLE requests DROP COLUMN categories;
  ALTER TABLE j_requests DROP COLUMN categories;
  PRAGMA user_version = 9;" >/dev/null
copy "$out/v9.db" "$out/m.db"
t=$(seconds "$bin" info --db "$out/m.db")
b=0; a=0; o=0
for f in "${fractions[@]}"; do
  copy "$out/v9.db" "$out/k.db"
  kill_after "$(python3 -c "print($t * $f)")" "$bin" info --db "$out/k.db"
  v=$(schema "$out/k.db")
  ok=$(integrity "$out/k.db")
  if [ "$ok" = ok ] && [ "$v" = 9 ]; then b=$((b + 1))
  elif [ "$ok" = ok ] && [ "$v" = "$(schema "$out/m.db")" ]; then a=$((a + 1))
  else o=$((o + 1)); echo "migration killed at $f: integrity $ok, schema $v" >&2; fi
  [ "$(requests "$out/k.db")" = "$after" ] || { o=$((o + 1)); echo "the store after a killed migration at $f does not read" >&2; }
done
report "migration 9 to 10 of that store" "$t" "${#fractions[@]}" "$b" "$a" "$o"
# First import into a new store, which is written through a rollback journal and set to
# WAL after: killed, it leaves no store, or one with no requests, or all of them, and
# never a -journal once the store has been opened again.
fresh "$out/n.db"
t=$(seconds "$bin" import "$csv" --db "$out/n.db")
b=0; a=0; o=0
for f in "${fractions[@]}"; do
  fresh "$out/k.db"
  kill_after "$(python3 -c "print($t * $f)")" "$bin" import "$csv" --db "$out/k.db"
  if [ ! -f "$out/k.db" ]; then b=$((b + 1))
  else
    n=$(requests "$out/k.db" 2>/dev/null || echo broken)
    ok=$(integrity "$out/k.db")
    if [ -f "$out/k.db-journal" ]; then o=$((o + 1)); echo "new store killed at $f: a journal stayed" >&2
    elif [ "$ok" = ok ] && [ "$n" = 0 ]; then b=$((b + 1))
    elif [ "$ok" = ok ] && [ "$n" = "$rows" ]; then a=$((a + 1))
    else o=$((o + 1)); echo "new store killed at $f: integrity $ok, $n requests" >&2; fi
  fi
  "$bin" import "$csv" --db "$out/k.db" >/dev/null
  [ "$(requests "$out/k.db")" = "$rows" ] || { o=$((o + 1)); echo "import after a kill at $f did not land" >&2; }
  [ "$(sqlite3 "$out/k.db" "PRAGMA journal_mode")" = wal ] || { o=$((o + 1)); echo "store killed at $f not back in WAL" >&2; }
done
report "first import of $rows requests into a new store" "$t" "${#fractions[@]}" "$b (no store, or no requests)" "$a" "$o"
exit "$failed"
