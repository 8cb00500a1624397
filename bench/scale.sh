#!/usr/bin/env bash
# The suite at the scale of a province: generates DEPARTMENTS departments (default 10,000, spread
# over the counties of 河北省) over YEARS years (default 5), loads them through the gateway's
# whole-disclosure PUT into a suite of its own (free ports, a temporary directory; bench/suite.sh),
# prints the load time, then times each analyst endpoint of the last year (p50/p95 over REPEATS
# requests, default 50) beside a hand-written SQL query giving the same answer in the service's
# database, in the same run. CONCURRENCY writers at once (default 4). The planted inconsistencies
# are listed in $WORK/planted.csv (kept with BENCH_KEEP=1).
#   DEPARTMENTS=500 YEARS=2 bench/scale.sh      # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
# shellcheck source=bench/suite.sh
. bench/suite.sh
SCALE=scale-bench/target/scale-bench.jar
if [ ! -f "$SCALE" ] || [ -n "$(find scale-bench/src reliability-battery/src -newer "$SCALE" -print -quit)" ]; then
    ./mvnw -B -q -pl scale-bench -am package -DskipTests
fi
DEPARTMENTS=${DEPARTMENTS:-10000}
YEARS=${YEARS:-5}
log "loading $DEPARTMENTS departments × $YEARS years"
java -jar "$SCALE" load --departments "$DEPARTMENTS" --years "$YEARS" --concurrency "${CONCURRENCY:-4}" \
    --gateway "http://127.0.0.1:$GATEWAY" --token "$SUITE_TOKEN" --manifest "$WORK/planted.csv"
log "database size: $(du -sh "$WORK/postgres" | cut -f1)"
java -jar "$SCALE" measure --departments "$DEPARTMENTS" --years "$YEARS" --repeats "${REPEATS:-50}" \
    --gateway "http://127.0.0.1:$GATEWAY" --postgres-data "$WORK/postgres"
