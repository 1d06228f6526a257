#!/usr/bin/env bash
# Benchmark (not a test): start the service, print the time until /actuator/health is UP, send
# 16 concurrent uploads of the seeds (TXT, DOCX, PDF) for DURATION seconds (default 60) on
# loopback after a WARMUP (default 5 s, not counted in the percentiles), then print throughput,
# p50, p99, errors and the server's RSS, then `name value goal` lines (issue 13: p99 ≤ 5 × p50, no errors,
# peak RSS ≤ 512 MB) for bench/all.sh.
# Usage: bench/web-load.sh   (DURATION=20 WARMUP=5 CLIENTS=16 JAVA_OPTS="…" to change; SKIP_BUILD=1 to reuse the jar)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60}
CLIENTS=${CLIENTS:-16}
WARMUP=${WARMUP:-5}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k}
# glibc keeps a malloc arena per thread by default; two are plenty for this service and save RSS.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PORT=${PORT:-18090}
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -B package -DskipTests
fi
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

start=$(date +%s%N)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar target/soat.jar serve --server.port="$PORT" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:file:$data/soat" > "$data/server.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$server" 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.05
done
echo "ready: $(( ($(date +%s%N) - start) / 1000000 )) ms (java -jar target/soat.jar serve, $JAVA_OPTS)"

java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.soat.bench.WebLoad \
  "http://127.0.0.1:$PORT" "$CLIENTS" "$DURATION" "$WARMUP" fixtures/seeds/*.txt fixtures/formats/seed-*.docx fixtures/formats/seed-*.pdf
echo "server RSS: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$server/status"), peak $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$server/status")"
echo "load-clients $CLIENTS -"
echo "load-seconds $DURATION -"
echo "load-rss-mb $(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$server/status") -"
echo "load-peak-rss-mb $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$server/status") ≤512"
echo "load-load-average $(cut -d' ' -f1 /proc/loadavg) -"
