#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader (cargo-fuzz, libFuzzer, the nightly toolchain).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (npm run fuzz; default 120 s per target)
# Seeds each target's corpus (fuzz/corpus/TARGET, not committed) from the sample, files
# that `disclose generate` writes, the published-layout fixtures and fuzz/seeds; then runs
# each target with the limits of the bounded readers: 300 MB of memory and 10 s per input.
# A finding is saved under fuzz/artifacts/TARGET/ and fails the run; copy it into
# fuzz/regressions/TARGET/, where `cargo test` replays it for ever after.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-120}"
shift || true
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzzing needs the nightly toolchain: rustup toolchain install nightly" >&2
  exit 1
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --quiet

cd fuzz
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo +nightly fuzz list)
# No sanitizer: the readers are safe Rust (unsafe_code = "forbid"), so what is looked for
# is panics, overflows (debug assertions on), hangs and memory; this runs ~3x faster.
cargo +nightly fuzz build -s none --debug-assertions

# Seeds.
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
gen="../crates/disclose-core/tests/fixtures/published"
(cd .. && cargo build -q --locked -p disclose-cli)
disclose="$CARGO_TARGET_DIR/debug/disclose"
case "$disclose" in /*) ;; *) disclose="../$disclose" ;; esac
"$disclose" generate --requests 25 --seed 7 --out "$seeds/generated.csv" >/dev/null
"$disclose" generate --requests 25 --seed 7 --out "$seeds/generated.json" >/dev/null
python3 ../scripts/fuzz_seeds.py "$seeds/generated.csv" "$seeds/requests.xlsx"
python3 ../scripts/fuzz_seeds.py seeds/microsoft-2014-H2.grid.csv "$seeds/microsoft.xlsx" Combined
python3 ../scripts/fuzz_seeds.py seeds/foia.csv "$seeds/foia.xlsx"
(cd "$gen" && python3 -m zipfile -c "$seeds/published.zip" google github/by_calendar_year_half x)
seed() { # TARGET FILE...
  local dir="corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do cp "$f" "$dir/seed-$(basename "$f")"; done
}
with_mapping() { # MAPPING TABLE OUT
  { cat "$1"; printf '\0'; cat "$2"; } > "$3"
}
seed bundle ../assets/samples/*.json "$seeds/generated.json"
seed csv_canonical "$seeds/generated.csv"
with_mapping seeds/foia.mapping.json seeds/foia.csv "$seeds/foia-csv.bin"
seed csv_mapped "$seeds/foia-csv.bin" "$seeds/generated.csv"
with_mapping seeds/foia.mapping.json "$seeds/foia.xlsx" "$seeds/foia-xlsx.bin"
seed xlsx_mapped "$seeds/foia-xlsx.bin" "$seeds/requests.xlsx"
seed published_csv $(find "$gen" -name '*.csv')
seed published_xlsx "$seeds/microsoft.xlsx"
seed mapping seeds/foia.mapping.json
mkdir -p corpus/fuzzy_date
i=0
while read -r d; do printf '%s' "$d" > "corpus/fuzzy_date/seed-$i"; i=$((i + 1)); done < seeds/dates.txt
seed zip_folder "$seeds/published.zip"

failed=0
for t in "${targets[@]}"; do
  mkdir -p "artifacts/$t" "regressions/$t"
  log="artifacts/$t.log"
  if cargo +nightly fuzz run -s none --debug-assertions "$t" "corpus/$t" "regressions/$t" -- \
      -max_total_time="$secs" -rss_limit_mb=300 -timeout=10 -malloc_limit_mb=300 \
      -artifact_prefix="artifacts/$t/" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "$t: ${secs} s, $runs executions, no findings"
  else
    failed=1
    echo "$t: FOUND a crash, hang or out-of-memory; see fuzz/$log and fuzz/artifacts/$t/" >&2
    tail -n 30 "$log" >&2
  fi
done
exit "$failed"
