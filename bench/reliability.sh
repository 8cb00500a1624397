#!/usr/bin/env bash
# The reliability battery against a suite of its own (free ports, a temporary directory): builds
# what is stale, starts the suite (bench/suite.sh), runs the bad-input, if-match and load modes and
# prints their figures (bench/crash.sh runs the modes that kill processes). Exit status: non-zero
# when any mode failed (a 5xx, a 4xx without a problem body, a lost write, a wrong status).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
# shellcheck source=bench/suite.sh
. bench/suite.sh
build_battery
status=0
java -jar "$BATTERY" bad-input \
    --gateway "http://127.0.0.1:$GATEWAY" \
    --budget "http://127.0.0.1:$(port_of budget-service)" \
    --performance "http://127.0.0.1:$(port_of performance-service)" \
    --procurement "http://127.0.0.1:$(port_of procurement-service)" \
    --assets "http://127.0.0.1:$(port_of assets-service)" \
    --token "$SUITE_TOKEN" || status=1
java -jar "$BATTERY" if-match --gateway "http://127.0.0.1:$GATEWAY" --token "$SUITE_TOKEN" \
    --rounds "${IF_MATCH_ROUNDS:-20}" || status=1
java -jar "$BATTERY" load --gateway "http://127.0.0.1:$GATEWAY" \
    --requests "${LOAD_REQUESTS:-2000}" --clients "${LOAD_CLIENTS:-8}" || status=1
exit "$status"
