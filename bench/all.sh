#!/usr/bin/env bash
# Measurement (not a test): every figure of issue 13 in one run, each next to its goal with PASS or FAIL:
#   cold ratio   cold `bin/soat check one.pdf` / bare PDFBox extraction of that PDF     ≤ 2     bench/cold-start.sh
#   batch rate   reports per second of one `check` call on 570 PDFs, JVM start left out   ≥ 150   bench/batch-rate.sh
#   page ratio   check time of a 100-page report / of a 4-page one                        ≤ 25    bench/page-linearity.sh
#   ready ratio  service ready (health UP) / bare PDFBox extraction                        ≤ 4.5   bench/ready.sh
#   load         16 concurrent uploads for 60 s: p99 ≤ 5 × p50, no errors, RSS ≤ 512 MB   bench/web-load.sh
# Each script prints `name value goal` lines; this one keeps them in target/bench/all.txt and prints the table.
# Ratios are measured side by side (each round runs both sides in turn) and are medians, so a busy machine slows
# both alike; the conditions (cores, load average, Java) are printed with them.
# Usage: bench/all.sh   (RUNS=7 rounds for the ratios; DURATION=60 s of load; N=570 files for the batch)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
export SKIP_BUILD=1
mkdir -p target/bench
out=target/bench/all.txt
: > "$out"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

run() {
  echo "== $*" >&2
  "$@" > target/bench/step.txt || true
  cat target/bench/step.txt >&2
  grep -E '^[a-z0-9-]+ [^ ]+ [^ ]+$' target/bench/step.txt >> "$out" || true
}

run bench/cold-start.sh fixtures/formats/seed-002.pdf

run bench/batch-rate.sh "${N:-570}"
run bench/page-linearity.sh

run bench/ready.sh fixtures/formats/seed-002.pdf
run bench/web-load.sh

echo
echo "issue 13, measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average before $load_before," \
  "after $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n1)"
printf '%-34s %12s %8s  %s\n' figure value goal verdict
awk '{
  verdict = ""; goal = $3; gsub(/[^0-9.]/, "", goal)
  if ($3 ~ /^≤/) verdict = ($2 + 0 <= goal + 0) ? "PASS" : "FAIL"
  else if ($3 ~ /^≥/) verdict = ($2 + 0 >= goal + 0) ? "PASS" : "FAIL"
  if (verdict != "" || ENVIRON["ALL"] == 1) printf "%-34s %12s %8s  %s\n", $1, $2, $3, verdict
}' "$out"
