#!/usr/bin/env bash
# The reliability battery against a suite of its own (free ports, a temporary directory): builds
# what is stale, starts the suite (bench/suite.sh), runs the battery and prints its figures.
# Exit status: the battery's (non-zero on any 5xx, 4xx without a problem body, or lost write).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
# shellcheck source=bench/suite.sh
. bench/suite.sh
build_battery
java -jar "$BATTERY" bad-input \
    --gateway "http://127.0.0.1:$GATEWAY" \
    --budget "http://127.0.0.1:$(port_of budget-service)" \
    --performance "http://127.0.0.1:$(port_of performance-service)" \
    --procurement "http://127.0.0.1:$(port_of procurement-service)" \
    --assets "http://127.0.0.1:$(port_of assets-service)" \
    --token "$SUITE_TOKEN"
