#!/usr/bin/env bash
# Measurement (not a test): is a check's cost linear in pages? Lays out a correct report as a 4-page and a 100-page
# PDF (target/bench/linearity/, PDFBox with the DejaVu Serif font) and prints the warm median CPU time of a check of each and
# their ratio as `name value goal` lines (issue 13: a 100-page report ≤ 25× a 4-page one).
# Usage: bench/page-linearity.sh   (FONT=path/to/font.ttf to use another Vietnamese-capable TrueType font)
set -euo pipefail
cd "$(dirname "$0")/.."
font=${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf}
[ -f "$font" ] || { echo "page-linearity: no font $font (Debian: fonts-dejavu-core), set FONT=…" >&2; exit 2; }
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.soat.bench.PageLinearity \
  "$font" target/bench/linearity
