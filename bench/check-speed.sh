#!/usr/bin/env bash
# Benchmark (not a test): warm check time vs. extraction alone for every seed as TXT/DOCX/PDF,
# then the cold wall time of one `soat check` process. Usage: bench/check-speed.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(ls fixtures/seeds/*.txt fixtures/formats/seed-*.docx fixtures/formats/seed-*.pdf 2>/dev/null)
fi
echo "== warm (median of 50 after 30 warm-up runs, one JVM)"
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.soat.bench.CheckSpeed "${files[@]}"

echo
echo "== cold: java -jar target/soat.jar check FILE (wall time, 5 runs)"
for file in "${files[0]}" "$(ls fixtures/formats/*.pdf 2>/dev/null | head -n1)"; do
  [ -n "$file" ] || continue
  times=()
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    java -jar target/soat.jar check "$file" >/dev/null || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  echo "$file: ms ${sorted}(median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p))"
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n1)"
