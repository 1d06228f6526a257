#!/usr/bin/env bash
# Benchmark (not a test): OCR seconds per page of the committed scans on this machine, with one thread and with
# one per core, next to the goal (≤ 2.5 s per page per core); then the warm check time of PDFs with a text layer
# with OCR enabled and disabled, which must not differ (a page with text is never rendered). Needs tesseract-ocr
# and tesseract-ocr-vie. Usage: bench/ocr-speed.sh [SCAN.pdf... TEXT.pdf...] (scans are files under a scans/ folder)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(ls fixtures/scans/base-*.pdf fixtures/formats/base-nam.pdf fixtures/formats/seed-002.pdf)
fi
echo "tesseract: $(tesseract --version 2>&1 | head -n1), OMP_THREAD_LIMIT=1 per page"
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.soat.bench.OcrSpeed "${files[@]}"
echo
echo "== tesseract alone, CPU seconds (user+sys) per page of fixtures/scans/base-nam.pdf at 200 dpi"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pdftoppm -r 200 -gray fixtures/scans/base-nam.pdf "$tmp/page"
TIMEFORMAT='%U %S'
for page in "$tmp"/page-*.pgm; do
  cpu=$( { time OMP_THREAD_LIMIT=1 tesseract "$page" - -l vie --psm 1 tsv >/dev/null 2>&1; } 2>&1 | awk '{print $1 + $2}')
  echo "$(basename "$page"): ${cpu} s CPU"
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n1)"
