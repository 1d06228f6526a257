#!/usr/bin/env bash
# Measurement (not a test): reports per second of one `soat check` call on many 2–5 page PDFs, once the JVM is up.
# The PDFs are the format fixtures of 2–4 pages copied under target/bench/batch/ (N files, default 570). The rate
# is (N − 1) / (wall time of the N-file call − wall time of a one-file call), so JVM start and rule compilation,
# which both calls pay, are left out; the -cpu figures are the same from the CPU time used, times the cores: the
# rate of an otherwise idle machine, for a shared one.
#   batch-rate                  bin/soat (the launcher: extracted jar, AOT cache or AppCDS, C1 only up to 2000 files)
#   batch-rate-jar              java -jar target/soat.jar (both JIT compilers)
#   batch-rate-jar-warm         the second N files of a 2N-file java -jar call: the rate once the JIT has caught up
#   batch-rate-bare-extraction  PDFBox's text extraction alone of the same files, on all cores, in a JVM of its own,
#                               timed from the first file (-c1: with C1 only, as bin/soat runs such a batch): the
#                               ceiling, no check that reads these PDFs with PDFBox can be faster
#   batch-rate-share-of-bare-c1 batch-rate ÷ the C1 extraction rate of the same run: how close soát is to that
#                               ceiling, the figure to compare between runs on a shared machine
# Prints `name value goal` lines (issue 13: ≥ 150 reports/s, judged on bin/soat as for the cold start).
# Usage: bench/batch-rate.sh [N]   (SKIP_BUILD=1 to reuse the jar; REPS=3 runs of each call, the median is kept)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-570}
reps=${REPS:-3}
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B package -DskipTests
[ target/bench-classpath.txt -nt pom.xml ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
[ -f target/test-classes/vn/soat/bench/BareBatchExtraction.class ] || ./mvnw -q -B test-compile
export SOAT_CACHE_DIR=${SOAT_CACHE_DIR:-$PWD/target/soat-cache}
dir=target/bench/batch
rm -rf "$dir" && mkdir -p "$dir"
sources=(fixtures/formats/seed-000.pdf fixtures/formats/seed-001.pdf fixtures/formats/seed-002.pdf
  fixtures/formats/seed-004.pdf fixtures/formats/base-nam.pdf fixtures/formats/so-ngoai-vu-parts.pdf
  fixtures/formats/ubnd-huyen-bien-gioi.pdf fixtures/formats/word-numbering-nam.pdf)
for i in $(seq 1 "$n"); do
  cp "${sources[$(( i % ${#sources[@]} ))]}" "$dir/$(printf '%04d' "$i").pdf"
done
double=target/bench/batch-double
rm -rf "$double" && mkdir -p "$double" && cp -r "$dir" "$double/a" && cp -r "$dir" "$double/b"
times=$(mktemp)
trap 'rm -f "$times"' EXIT
# one run of a launcher: "wall-ms cpu-ms" (CPU = user + system of the whole process)
run_ms() {
  local launcher=$1
  shift
  # shellcheck disable=SC2086
  /usr/bin/time -o "$times" -f '%e %U %S' $launcher check --format json --out /dev/null "$@" >/dev/null 2>&1 || true
  tail -n1 "$times" | awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }'
}
# the run with the median wall time
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
cores=$(nproc)

# The launcher records its cache on a first check and builds it in the background: done before timing.
bin/soat check "$dir/0001.pdf" >/dev/null 2>&1 || true
for _ in $(seq 1 120); do
  ls "$SOAT_CACHE_DIR"/*/check.lock >/dev/null 2>&1 || break
  sleep 1
done

rate() { # name launcher: prints the name's rate and CPU rate
  local name=$1 launcher=$2 one=() many=()
  for _ in $(seq 1 "$reps"); do
    one+=("$(run_ms "$launcher" "$dir/0001.pdf")")
    many+=("$(run_ms "$launcher" "$dir")")
  done
  read -r one_wall one_cpu <<< "$(median "${one[@]}")"
  read -r many_wall many_cpu <<< "$(median "${many[@]}")"
  local goal=-
  [ "$name" = batch-rate ] && goal=≥150
  echo "$name-one-file-ms $one_wall -"
  echo "$name-all-files-ms $many_wall -"
  awk -v n="$n" -v a="$many_wall" -v b="$one_wall" -v m="$name" -v g="$goal" \
    'BEGIN { printf "%s %.0f %s\n", m, (n - 1) * 1000 / (a - b), g }'
  awk -v n="$n" -v a="$many_cpu" -v b="$one_cpu" -v c="$cores" -v m="$name" \
    'BEGIN { printf "%s-cpu %.0f -\n", m, (n - 1) * 1000 / (a - b) * c }'
  last_many_wall=$many_wall
  [ "$name" = batch-rate ] && launcher_rate=$(awk -v n="$n" -v a="$many_wall" -v b="$one_wall" 'BEGIN { printf "%.1f", (n - 1) * 1000 / (a - b) }')
  return 0
}
echo "batch-files $n -"
rate batch-rate bin/soat
rate batch-rate-jar "java -jar target/soat.jar"
twice=()
for _ in $(seq 1 "$reps"); do
  twice+=("$(run_ms "java -jar target/soat.jar" "$double")")
done
read -r twice_wall _ <<< "$(median "${twice[@]}")"
awk -v n="$n" -v a="$twice_wall" -v b="$last_many_wall" 'BEGIN { printf "batch-rate-jar-warm %.0f -\n", n * 1000 / (a - b) }'

pdfbox=$(tr ':' '\n' < target/bench-classpath.txt | grep -E '/(pdfbox|pdfbox-io|fontbox|commons-logging)-[0-9]' | paste -sd:)
bare=()
bare_c1=()
for _ in $(seq 1 "$reps"); do
  bare+=("$(java -cp "target/test-classes:$pdfbox" vn.soat.bench.BareBatchExtraction "$dir" 2>/dev/null | awk '{ print $2, $3 }')")
  bare_c1+=("$(java -XX:TieredStopAtLevel=1 -cp "target/test-classes:$pdfbox" vn.soat.bench.BareBatchExtraction "$dir" 2>/dev/null \
    | awk '{ print $2, $3 }')")
done
read -r bare_wall bare_cpu <<< "$(median "${bare[@]}")"
read -r bare_c1_wall _ <<< "$(median "${bare_c1[@]}")"
awk -v n="$n" -v a="$bare_wall" 'BEGIN { printf "batch-rate-bare-extraction %.0f -\n", n * 1000 / a }'
awk -v n="$n" -v a="$bare_cpu" -v c="$cores" 'BEGIN { printf "batch-rate-bare-extraction-cpu %.0f -\n", n * 1000 / a * c }'
# The same with C1 only, as bin/soat runs a batch of this size: the higher of the two is the ceiling.
awk -v n="$n" -v a="$bare_c1_wall" 'BEGIN { printf "batch-rate-bare-extraction-c1 %.0f -\n", n * 1000 / a }'
# The launcher's rate as a share of that ceiling, both from this run: steadier than either rate when the load of a
# shared machine changes between runs (it moved PDFBox's own rate by a quarter between two runs of one evening).
awk -v r="$launcher_rate" -v n="$n" -v a="$bare_c1_wall" 'BEGIN { printf "batch-rate-share-of-bare-c1 %.2f -\n", r / (n * 1000 / a) }'
echo "batch-cores $cores -"
echo "batch-load-average $(cut -d' ' -f1 /proc/loadavg) -"
