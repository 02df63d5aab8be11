#!/usr/bin/env bash
# The 100,000-row import benchmark: quotedoc product import (XLSX and CSV) into a fresh database,
# and the same XLSX read with Python's openpyxl and inserted with sqlite3, files and databases on
# /dev/shm. Needs a release build (swift build -c release --product quotedoc) and openpyxl
# (python3 -m venv /tmp/venv && /tmp/venv/bin/pip install openpyxl; PYTHON=/tmp/venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/../.."
QUOTEDOC=${QUOTEDOC:-.build/release/quotedoc}
PYTHON=${PYTHON:-python3}
ROWS=${ROWS:-100000}
RUNS=${RUNS:-3}
WORK=/dev/shm/quotedoc-import-bench
rm -rf "$WORK" && mkdir -p "$WORK"

"$QUOTEDOC" bench products --rows "$ROWS" --format xlsx --out "$WORK/products.xlsx"
"$QUOTEDOC" bench products --rows "$ROWS" --format csv --out "$WORK/products.csv"
ls -l "$WORK"

for run in $(seq "$RUNS"); do
  for format in xlsx csv; do
    database="$WORK/quotedoc-$format-$run.sqlite"
    "$QUOTEDOC" init --database "$database" > /dev/null
    "$QUOTEDOC" pricelist add --name Bench --currency SEK --database "$database" > /dev/null
    /usr/bin/time -f "quotedoc product import $format: %e s wall, %U s user, %M KB peak RSS" \
      "$QUOTEDOC" product import "$WORK/products.$format" --pricelist Bench --database "$database" > /dev/null
  done
  /usr/bin/time -f "python openpyxl + sqlite3 xlsx: %e s wall, %U s user, %M KB peak RSS" \
    "$PYTHON" Tools/bench/import_openpyxl.py "$WORK/products.xlsx" "$WORK/python-$run.sqlite"
done
rm -rf "$WORK"
