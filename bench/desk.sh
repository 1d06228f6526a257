#!/usr/bin/env bash
# Benchmark (not a test): the reviewer's desk. Starts the service on a fresh H2 file database, opens a round of
# 150 units, drops the 60 mixed files of fixtures/formats (TXT, DOCX, DOC, PDF) in one request and prints the time
# until all are checked (goal ≤ 20 s), then the board's render time for 150 units (goal ≤ 300 ms).
# Usage: bench/desk.sh   (PORT=18091 JAVA_OPTS="…" to change)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18091}
JAVA_OPTS=${JAVA_OPTS:-}
./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
password="bench-$(date +%s)"
# shellcheck disable=SC2086
SOAT_ADMIN_PASSWORD="$password" java $JAVA_OPTS -jar target/soat.jar serve --server.port="$PORT" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:file:$data/soat" > "$data/server.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$server" 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.1
done
mapfile -t files < <(ls fixtures/formats/* | head -n 60)
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.soat.bench.DeskBench \
  "http://127.0.0.1:$PORT" "$password" "${files[@]}"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n1)"
