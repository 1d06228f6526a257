#!/usr/bin/env bash
# Measurement (not a test): reports per second of one `soat check` call on many 2–5 page PDFs, once the JVM is up.
# The PDFs are the format fixtures of 2–4 pages copied under target/bench/batch/ (N files, default 570). The rate
# is (N − 1) / (wall time of the N-file call − wall time of a one-file call), so JVM start and rule compilation,
# which both calls pay, are left out; batch-rate-cpu is the same from the CPU time used, times the cores — the
# rate of an otherwise idle machine, for a shared one; batch-rate-warm is the rate of the second half of a call on
# 2N files, once the JIT compilers have caught up (not a goal: it shows what warm-up costs). Prints `name value goal`
# lines (issue 13: ≥ 150 reports/s).
# Usage: bench/batch-rate.sh [N]   (SOAT="java -jar target/soat.jar" by default; SKIP_BUILD=1 to reuse the jar;
# REPS=3 runs of each call, the median is kept)
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
# The same files twice over, for the rate once the compilers have done their work (batch-rate-warm).
double=target/bench/batch-double
rm -rf "$double" && mkdir -p "$double" && cp -r "$dir" "$double/a" && cp -r "$dir" "$double/b"
# one run: "wall-ms cpu-ms" (CPU = user + system of the whole process)
times=$(mktemp)
trap 'rm -f "$times"' EXIT
run_ms() {
  /usr/bin/time -o "$times" -f '%e %U %S' "${soat[@]}" check --format json --out /dev/null "$@" >/dev/null 2>&1 || true
  tail -n1 "$times" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}
one=()
many=()
twice=()
for _ in $(seq 1 "${REPS:-3}"); do
  one+=("$(run_ms "$dir/0001.pdf")")
  many+=("$(run_ms "$dir")")
  twice+=("$(run_ms "$double")")
done
# the run with the median wall time
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
read -r one_wall one_cpu <<< "$(median "${one[@]}")"
read -r many_wall many_cpu <<< "$(median "${many[@]}")"
read -r twice_wall twice_cpu <<< "$(median "${twice[@]}")"
cores=$(nproc)
echo "batch-files $n -"
echo "batch-one-file-ms $one_wall -"
echo "batch-all-files-ms $many_wall -"
awk -v n="$n" -v a="$many_wall" -v b="$one_wall" 'BEGIN { printf "batch-rate %.0f ≥150\n", (n - 1) * 1000 / (a - b) }'
# What the cores would give on an otherwise idle machine: the same files per CPU-second, times the cores.
awk -v n="$n" -v a="$many_cpu" -v b="$one_cpu" -v c="$cores" \
  'BEGIN { printf "batch-rate-cpu %.0f ≥150\n", (n - 1) * 1000 / (a - b) * c }'
# The second N files of a 2N-file call: the JIT compilers' work (several CPU-seconds on 2 cores) is mostly behind.
awk -v n="$n" -v a="$twice_wall" -v b="$many_wall" 'BEGIN { printf "batch-rate-warm %.0f -\n", n * 1000 / (a - b) }'
# The ceiling: PDFBox's text extraction alone of the same N files, on all cores, in a JVM of its own, timed the same
# way (JVM start left out, JIT warm-up in). No check of these PDFs can run faster than their extraction.
[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
[ -f target/test-classes/vn/soat/bench/BareBatchExtraction.class ] || ./mvnw -q -B test-compile
pdfbox=$(tr ':' '\n' < target/bench-classpath.txt | grep -E '/(pdfbox|pdfbox-io|fontbox|commons-logging)-[0-9]' | paste -sd:)
bare=()
for _ in $(seq 1 "${REPS:-3}"); do
  bare+=("$(java -cp "target/test-classes:$pdfbox" vn.soat.bench.BareBatchExtraction "$dir" 2>/dev/null | awk '{ print $2, $3 }')")
done
read -r bare_wall bare_cpu <<< "$(median "${bare[@]}")"
awk -v n="$n" -v a="$bare_wall" 'BEGIN { printf "batch-rate-bare-extraction %.0f -\n", n * 1000 / a }'
awk -v n="$n" -v a="$bare_cpu" -v c="$cores" 'BEGIN { printf "batch-rate-bare-extraction-cpu %.0f -\n", n * 1000 / a * c }'
echo "batch-cores $cores -"
echo "batch-load-average $(cut -d' ' -f1 /proc/loadavg) -"
