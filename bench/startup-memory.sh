#!/usr/bin/env bash
# Start-up and memory of the suite, on this machine: starts it on a new data directory, then again
# on the data that start left, and prints for each start the seconds from launch to each service's
# readiness and to "The suite is running", how long the first full disclosure took and whether it
# was complete; after the second start it runs the bounded mixed read load (the reliability
# battery's load mode) for LOAD_SECONDS and prints each process's memory (PSS) before and after.
#   LOAD_SECONDS  the read load's length (default 180)
#   CLIENTS       readers at once during it (default 8)
# Nothing of .data/ is touched: everything lives in a temporary directory, deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
LOAD_SECONDS=${LOAD_SECONDS:-180}
CLIENTS=${CLIENTS:-8}
WORK=$(mktemp -d)
ROOT=$(pwd)
log() { printf '[bench] %s\n' "$*" >&2; }

if [ ! -f suite-runner/target/suite-runner.jar ] || [ ! -f gateway/target/quarkus-app/quarkus-run.jar ]; then
    log "building (./mvnw -B -q install -DskipTests)"
    ./mvnw -B -q install -DskipTests
fi
BATTERY=reliability-battery/target/reliability-battery.jar
[ -f "$BATTERY" ] || ./mvnw -B -q -pl reliability-battery -am package -DskipTests

SUITE_PID=""
stop_suite() {
    if [ -n "$SUITE_PID" ] && kill -0 "$SUITE_PID" 2>/dev/null; then
        kill -TERM "$SUITE_PID" 2>/dev/null || true
        for _ in $(seq 1 2400); do kill -0 "$SUITE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$SUITE_PID" 2>/dev/null && { pkill -KILL -P "$SUITE_PID" || true; kill -KILL "$SUITE_PID" || true; }
    fi
    SUITE_PID=""
}
cleanup() { local status=$?; stop_suite; [ "${BENCH_KEEP:-0}" = 1 ] && log "kept $WORK" || rm -rf "$WORK"; exit "$status"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Starts the suite and stamps each line of its log with the time it was printed.
start_suite() {
    local log_file=$1
    : >"$log_file"
    LAUNCHED=$(now)
    # run-suite.sh's command, on free ports and a data directory of its own
    MALLOC_ARENA_MAX=2 java -XX:+UseSerialGC -Xms8m -Xmx96m -XX:TieredStopAtLevel=1 \
        -Dsuite.root="$ROOT" -Dsuite.data-dir="$WORK/postgres" -Dsuite.ports=free \
        -jar suite-runner/target/suite-runner.jar 2>&1 \
        | while IFS= read -r line; do printf '%s %s\n' "$(date +%s.%N)" "$line"; done >"$log_file" &
    for _ in $(seq 1 1200); do
        grep -q "The suite is running" "$log_file" && return 0
        sleep 0.1
    done
    tail -n 40 "$log_file" >&2
    log "the suite was not running within 120 s"
    exit 1
}

# One start: time to each readiness and to running, then the first full disclosure.
measure_start() {
    local label=$1 log_file=$2
    start_suite "$log_file"
    SUITE_PID=$(pgrep -n -f "suite.data-dir=$WORK/postgres")
    local running gateway first_start first_end status complete
    running=$(grep -m1 "The suite is running" "$log_file" | cut -d' ' -f1)
    gateway=$(sed -n 's/^[0-9.]* \[suite\]   reference disclosure *http:\/\/localhost:\([0-9]*\)\/.*/\1/p' "$log_file" | head -n 1)
    first_start=$(now)
    status=$(curl -s -o "$WORK/first.json" -w '%{http_code}' "http://127.0.0.1:$gateway/api/v1/disclosures/130624-203/2020")
    first_end=$(now)
    complete=$(grep -o '"complete":[a-z]*' "$WORK/first.json" | head -n 1 | cut -d: -f2)
    printf '%-26s' "$label"
    for service in budget-service performance-service procurement-service assets-service documents-service gateway; do
        local ready
        ready=$(grep -m1 "\[suite\] $service is ready" "$log_file" | cut -d' ' -f1 || true)
        printf ' %-11s' "${ready:+$(since "$LAUNCHED" "$ready")}"
    done
    printf ' %-8s %6.0f ms  HTTP %s complete=%s\n' "$(since "$LAUNCHED" "$running")" \
        "$(awk -v a="$first_start" -v b="$first_end" 'BEGIN { print (b - a) * 1000 }')" "$status" "${complete:-?}"
    GATEWAY=$gateway
}

# Proportional set size (PSS, shared pages split among their processes, so the sum is what the
# suite really holds) of a process and, for PostgreSQL, of its backends too, in kB.
pss() {
    local total=0 pid
    for pid in "$@"; do
        total=$((total + $(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
    done
    echo "$total"
}

memory_table() {
    local label=$1 total=0 kb
    printf '%-8s' "$label"
    while read -r name pid _port; do
        if [ "$name" = postgres ]; then
            kb=$(pss "$pid" $(pgrep -P "$pid" || true))
        else
            kb=$(pss "$pid")
        fi
        total=$((total + kb))
        printf ' %s %d MB,' "$name" $((kb / 1024))
    done <"$WORK/pids"
    kb=$(pss "$SUITE_PID")
    total=$((total + kb))
    printf ' runner %d MB; the suite %d MB\n' $((kb / 1024)) $((total / 1024))
}

echo "seconds from launch to ready:"
printf '%-26s %-11s %-11s %-11s %-11s %-11s %-11s %-8s %s\n' "" budget perf procure assets documents gateway suite "first full disclosure"
measure_start "new data directory" "$WORK/start-new.log"
stop_suite
measure_start "existing data" "$WORK/start-existing.log"

echo
echo "memory (PSS of each process; postgres with its backends):"
memory_table "idle"
ENDS=$(( $(date +%s) + LOAD_SECONDS ))
TOKEN=$(cat "$WORK/dev-token")
requests=0
while [ "$(date +%s)" -lt "$ENDS" ]; do
    java -jar "$BATTERY" load --gateway "http://127.0.0.1:$GATEWAY" --token "$TOKEN" \
        --clients "$CLIENTS" --requests 1000 >"$WORK/load.txt" 2>&1 || { cat "$WORK/load.txt" >&2; exit 1; }
    requests=$((requests + 1000))
done
memory_table "loaded"
echo "(after ${LOAD_SECONDS} s of mixed reads: $requests requests, $CLIENTS clients; last round: $(grep -m1 -i "p50" "$WORK/load.txt" || true))"
