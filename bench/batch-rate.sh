#!/usr/bin/env bash
# Measurement (not a test): reports per second of one `soat check` call on many 2–5 page PDFs, once the JVM is up.
# The PDFs are the format fixtures of 2–4 pages copied under target/bench/batch/ (N files, default 570). The rate
# is (N − 1) / (wall time of the N-file call − wall time of a one-file call), so JVM start and rule compilation,
# which both calls pay, are left out. Prints `name value goal` lines (issue 13: ≥ 150 reports/s).
# Usage: bench/batch-rate.sh [N]   (SOAT="java -jar target/soat.jar" by default; SKIP_BUILD=1 to reuse the jar)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-570}
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B package -DskipTests
read -r -a soat <<< "${SOAT:-java -jar target/soat.jar}"
dir=target/bench/batch
rm -rf "$dir" && mkdir -p "$dir"
sources=(fixtures/formats/seed-000.pdf fixtures/formats/seed-001.pdf fixtures/formats/seed-002.pdf
  fixtures/formats/seed-004.pdf fixtures/formats/base-nam.pdf fixtures/formats/so-ngoai-vu-parts.pdf
  fixtures/formats/ubnd-huyen-bien-gioi.pdf fixtures/formats/word-numbering-nam.pdf)
for i in $(seq 1 "$n"); do
  cp "${sources[$(( i % ${#sources[@]} ))]}" "$dir/$(printf '%04d' "$i").pdf"
done
wall_ms() {
  local start end
  start=$(date +%s%N)
  "${soat[@]}" check --format json --out /dev/null "$@" || [ $? -eq 1 ]
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
one=()
many=()
for _ in 1 2 3; do
  one+=("$(wall_ms "$dir/0001.pdf")")
  many+=("$(wall_ms "$dir")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
one_ms=$(median "${one[@]}")
many_ms=$(median "${many[@]}")
echo "batch-files $n -"
echo "batch-one-file-ms $one_ms -"
echo "batch-all-files-ms $many_ms -"
awk -v n="$n" -v a="$many_ms" -v b="$one_ms" 'BEGIN { printf "batch-rate %.0f ≥150\n", (n - 1) * 1000 / (a - b) }'
echo "batch-cores $(nproc) -"
