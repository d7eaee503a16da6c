#!/usr/bin/env bash
# Redraws the README's chart images and the report's first page from the sample (and from
# a generated store), so the pictures in the docs always show what this Disclose draws.
# The comparison chart needs the companies' published files: it is redrawn only when
# DISCLOSE_REAL_DATA names a folder of them. Run after changing a chart: npm run docs:images
set -euo pipefail
cd "$(dirname "$0")/.."
# The pictures are drawn in English unless a line asks for German (`--lang de`).
export LC_ALL=C.UTF-8
target="${CARGO_TARGET_DIR:-target}"
cargo build --quiet --locked -p disclose-cli
disclose="$target/debug/disclose"
out=docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

psf="$work/psf.sqlite"
"$disclose" --db "$psf" import assets/samples/psf-pypi-2023.json >/dev/null
for kind in requests-over-time categories matrix timeline; do
  "$disclose" --db "$psf" chart "$kind" --out "$out/psf-$kind.png" >/dev/null
done

generated="$work/generated.sqlite"
"$disclose" generate --requests 10000 --seed 7 --out "$work/generated.json" >/dev/null
"$disclose" --db "$generated" import "$work/generated.json" >/dev/null
for kind in requests-over-time categories timeline; do
  "$disclose" --db "$generated" chart "$kind" --out "$out/generated-$kind.png" >/dev/null
done
"$disclose" --db "$generated" chart matrix --period quarter --out "$out/generated-matrix.png" >/dev/null

if [ -n "${DISCLOSE_REAL_DATA:-}" ] && [ -d "$DISCLOSE_REAL_DATA" ]; then
  "$disclose" --db "$psf" import \
    "$DISCLOSE_REAL_DATA/google-2024/google-global-user-data-requests.csv" \
    "$DISCLOSE_REAL_DATA"/meta/PRPL-Facebook-Government-Report-20*.csv >/dev/null
  "$disclose" --db "$psf" chart compare --process subpoena --country US --out "$out/compare-subpoenas.png" >/dev/null
  "$disclose" --db "$psf" chart compare --process subpoena --country US --layout log --highlight psf \
    --out "$out/compare-subpoenas-log.png" >/dev/null
else
  echo "compare-subpoenas.png left as it is: set DISCLOSE_REAL_DATA to redraw it from the published files" >&2
fi

# The report's first page, as headless Chromium prints it.
"$disclose" --db "$work/report.sqlite" import assets/samples/psf-pypi-2023.json >/dev/null
"$disclose" --db "$work/report.sqlite" report --period 2023 --format html --out "$work/report.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" \
  --window-size=1100,1500 --hide-scrollbars --screenshot="$out/psf-report-2023.png" \
  "file://$work/report.html" >/dev/null 2>&1
# The same report in German, as HTML and Markdown beside the docs, and its first page.
mkdir -p docs/reports
"$disclose" --lang de --db "$work/report.sqlite" report --period 2023 --format html \
  --out docs/reports/psf-2023.de.html >/dev/null
"$disclose" --lang de --db "$work/report.sqlite" report --period 2023 --format md \
  --out docs/reports/psf-2023.de.md >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" \
  --window-size=1100,1500 --hide-scrollbars --screenshot="$out/psf-report-2023-de.png" \
  "file://$PWD/docs/reports/psf-2023.de.html" >/dev/null 2>&1
echo "redrew the images in $out" >&2
