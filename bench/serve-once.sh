# Sourced by bench/ready.sh and bench/ready-compare.sh (not run on its own): one start of the service, timed.
# Sets up a scratch directory (removed on exit, with any server still running) and defines
#   serve_until_ready COMMAND…   starts `COMMAND… serve` on a random loopback port with a fresh H2 database,
#                                waits for /actuator/health UP, stops it; prints "wall-seconds cpu-seconds" (CPU: the
#                                server process's user+sys until then; bin/soat execs the JVM, so that is the JVM's)
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

serve_until_ready() {
  local port begin end cpu
  port=$((20000 + RANDOM % 30000))
  rm -rf "$work/db"
  begin=$(date +%s%N)
  "$@" serve --server.port="$port" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:file:$work/db/soat" >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "the service did not start ($*):" >&2
      tail -n 20 "$work/server.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$server/stat")
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
  awk -v n=$((end - begin)) -v c="$cpu" 'BEGIN { printf "%.2f %.2f\n", n / 1e9, c }'
}
