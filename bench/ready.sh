#!/usr/bin/env bash
# Measurement (not a test): how long the service takes to be ready (from the process start to the first
# /actuator/health that answers UP, i.e. with the rules compiled), against a bare PDFBox extraction of one PDF in a
# JVM of its own, side by side: each round runs the extraction and starts each variant once, in turn; medians of
# RUNS rounds. Variants: `java -jar target/soat.jar serve` and `bin/soat serve` (extracted jar, AOT cache on
# JDK 25 / AppCDS on 17). Each start gets a fresh H2 database and a random port on loopback.
# Prints `name value goal` lines (issue 13: ready ratio ≤ 4.5). Usage: bench/ready.sh [PDF]  (RUNS=5; SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
pdf=${1:-fixtures/formats/seed-002.pdf}
runs=${RUNS:-5}
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -B package -DskipTests
fi
[ target/bench-classpath.txt -nt pom.xml ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
pdfbox=$(tr ':' '\n' < target/bench-classpath.txt | grep -E '/(pdfbox|pdfbox-io|fontbox|commons-logging)-[0-9]' | paste -sd:)
export SOAT_CACHE_DIR=${SOAT_CACHE_DIR:-$PWD/target/soat-cache}
# shellcheck source=bench/serve-once.sh
. bench/serve-once.sh

# Starts a server with the given launcher, prints its ready time in seconds, stops it.
ready_s() {
  serve_until_ready "$@" | cut -d' ' -f1
}

bare_s() {
  local start end
  start=$(date +%s%N)
  java -cp "target/test-classes:$pdfbox" vn.soat.bench.BareExtraction "$pdf" >/dev/null
  end=$(date +%s%N)
  awk -v n=$((end - start)) 'BEGIN { printf "%.2f", n / 1e9 }'
}

# The launcher records its service cache on a first start and builds it in the background.
ready_s bin/soat >/dev/null
for _ in $(seq 1 120); do
  ls "$SOAT_CACHE_DIR"/*/serve.lock >/dev/null 2>&1 || break
  sleep 1
done

bare=()
jar=()
launcher=()
for _ in $(seq 1 "$runs"); do
  bare+=("$(bare_s)")
  jar+=("$(ready_s java -jar target/soat.jar)")
  launcher+=("$(ready_s bin/soat)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
b=$(median "${bare[@]}")
j=$(median "${jar[@]}")
l=$(median "${launcher[@]}")
echo "ready-bare-extraction-s $b -"
echo "ready-jar-s $j -"
echo "ready-launcher-s $l -"
awk -v a="$j" -v b="$b" 'BEGIN { printf "ready-ratio-jar %.2f -\n", a / b }'
awk -v a="$l" -v b="$b" 'BEGIN { printf "ready-ratio-launcher %.2f ≤4.5\n", a / b }'
echo "ready-runs $runs -"
echo "ready-load-average $(cut -d' ' -f1 /proc/loadavg) -"
