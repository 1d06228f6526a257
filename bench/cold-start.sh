#!/usr/bin/env bash
# Measurement (not a test): a cold `soat check one.pdf` against a bare PDFBox extraction of the same PDF in a JVM
# of its own (vn.soat.bench.BareExtraction on PDFBox's jars alone, the `java` on PATH), run side by side: each
# round runs every variant once, in turn, so that a busy machine slows them alike; medians of RUNS rounds.
# Variants: `java -jar target/soat.jar` (Java on PATH, Spring Boot's nested-jar launcher) and `bin/soat` (extracted
# jar, AOT cache on JDK 25 / AppCDS on JDK 17, C1 only for one file), with the JDK it picks and with Java 17.
# Prints `name value goal` lines (issue 13: cold ratio ≤ 2); also user+sys CPU seconds, steadier than wall time
# on a shared machine. Usage: bench/cold-start.sh [PDF]   (RUNS=7; SKIP_BUILD=1 to reuse the jar)
set -euo pipefail
cd "$(dirname "$0")/.."
pdf=${1:-fixtures/formats/seed-002.pdf}
runs=${RUNS:-7}
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -B package -DskipTests
fi
[ target/bench-classpath.txt -nt pom.xml ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
pdfbox=$(tr ':' '\n' < target/bench-classpath.txt | grep -E '/(pdfbox|pdfbox-io|fontbox|commons-logging)-[0-9]' | paste -sd:)
java17=$(command -v java)
for candidate in /usr/lib/jvm/java-17-openjdk-amd64/bin/java /usr/lib/jvm/*17*/bin/java; do
  [ -x "$candidate" ] && { java17=$candidate; break; }
done
export SOAT_CACHE_DIR=${SOAT_CACHE_DIR:-$PWD/target/soat-cache}

labels=(bare jar launcher launcher-java17)
commands=(
  "java -cp target/test-classes:$pdfbox vn.soat.bench.BareExtraction $pdf"
  "java -jar target/soat.jar check $pdf"
  "bin/soat check $pdf"
  "SOAT_JAVA=$java17 bin/soat check $pdf"
)
# The launcher's caches are made once, outside the measurement (the first run records, the cache is built
# in the background); a second run waits for nothing but proves the cache is used.
for warm in "bin/soat check $pdf" "SOAT_JAVA=$java17 bin/soat check $pdf"; do
  bash -c "$warm" >/dev/null 2>&1 || true
done
for _ in $(seq 1 60); do
  ls "$SOAT_CACHE_DIR"/*/check.lock >/dev/null 2>&1 || break
  sleep 1
done

declare -A wall cpu
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for _ in $(seq 1 "$runs"); do
  for i in "${!commands[@]}"; do
    /usr/bin/time -o "$times" -f '%e %U %S' bash -c "${commands[$i]} >/dev/null 2>&1" || true
    read -r e u s < <(tail -n1 "$times") # "Command exited with non-zero status 1" comes first
    wall[$i]+="$e "
    cpu[$i]+="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }') "
  done
done
median() { tr ' ' '\n' <<< "$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(median "${wall[0]}")
base_cpu=$(median "${cpu[0]}")
echo "cold-pdf $pdf -"
echo "cold-java $(java -version 2>&1 | head -n1 | tr ' ' '_') -"
echo "cold-launcher-caches $(ls "$SOAT_CACHE_DIR" | paste -sd,) -"
for i in "${!commands[@]}"; do
  echo "cold-${labels[$i]}-wall-s $(median "${wall[$i]}") -"
  echo "cold-${labels[$i]}-cpu-s $(median "${cpu[$i]}") -"
done
for i in 1 2 3; do
  goal="-"
  [ "${labels[$i]}" = launcher ] && goal="≤2"
  awk -v a="$(median "${wall[$i]}")" -v b="$base" -v g="$goal" -v n="${labels[$i]}" \
    'BEGIN { printf "cold-ratio-%s %.2f %s\n", n, a / b, g }'
  awk -v a="$(median "${cpu[$i]}")" -v b="$base_cpu" -v n="${labels[$i]}" \
    'BEGIN { printf "cold-cpu-ratio-%s %.2f -\n", n, a / b }'
done
echo "cold-runs $runs -"
echo "cold-load-average $(cut -d' ' -f1 /proc/loadavg) -"
