#!/usr/bin/env bash
# Measurement (not a test): the service's ready time with two or more builds of the jar, side by side, to tell
# whether a change to the start-up helps. Each round starts `bin/soat serve` once per jar, in turn (fresh H2
# database, random port on loopback), until /actuator/health answers; medians of RUNS rounds of the wall time and
# of the CPU seconds the server process used until then (user+sys, all threads: steadier than wall time on a shared
# machine). Each jar must be called soat.jar (the launcher names its extracted copy after it), e.g.
#   mkdir -p /tmp/a /tmp/b; cp target/soat.jar /tmp/a/; …change, rebuild…; cp target/soat.jar /tmp/b/
#   bench/ready-compare.sh /tmp/a/soat.jar /tmp/b/soat.jar          (RUNS=9)
# A jar's entry may carry JVM options after a comma: /tmp/a/soat.jar,-Dspring.aot.enabled=false
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
[ "$#" -ge 1 ] || { echo "usage: bench/ready-compare.sh JAR[,JVM-OPTIONS] …" >&2; exit 2; }
export SOAT_CACHE_DIR=${SOAT_CACHE_DIR:-$PWD/target/soat-cache}
# shellcheck source=bench/serve-once.sh
. bench/serve-once.sh

# Starts the service from one jar; prints "wall-seconds cpu-seconds".
start() {
  local jar=${1%%,*} options=""
  [[ $1 == *,* ]] && options=${1#*,}
  serve_until_ready env SOAT_JAR="$jar" JAVA_OPTS="$options" bin/soat
}

# The first start of each jar records its class cache, built in the background: waited for, not counted.
for entry in "$@"; do
  start "$entry" >/dev/null
  for _ in $(seq 1 120); do
    ls "$SOAT_CACHE_DIR"/*/serve.lock >/dev/null 2>&1 || break
    sleep 1
  done
done
declare -A wall cpu
for _ in $(seq 1 "$runs"); do
  for entry in "$@"; do
    read -r w c < <(start "$entry")
    wall[$entry]+="$w "
    cpu[$entry]+="$c "
  done
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for entry in "$@"; do
  # shellcheck disable=SC2086
  echo "$entry: ready $(median ${wall[$entry]}) s, cpu $(median ${cpu[$entry]}) s  (wall: ${wall[$entry]}; cpu: ${cpu[$entry]})"
done
echo "runs $runs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
