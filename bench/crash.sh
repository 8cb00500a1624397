#!/usr/bin/env bash
# The reliability battery's crash and kill-service modes against a suite of their own (free ports,
# a temporary directory): builds what is stale, starts the suite (bench/suite.sh), then
#  - crash: kills PostgreSQL's postmaster (SIGKILL) CRASH_KILLS times (default 2) while CRASH_WRITERS
#    writers (default 4) write at least CRASH_WRITES revisions of part 二 (default 400), and reads
#    every acknowledged revision back once the suite has restarted PostgreSQL;
#  - kill-service: kills KILL_SERVICE (default assets-service) KILL_AFTER_MS (default 100; about 450
#    lands after the dry run, among the writes) into a whole-disclosure PUT, reads what it left, and
#    repeats the PUT once the suite has restarted it;
# and prints both modes' figures and what the suite said it restarted.
# Exit status: non-zero when either mode failed (a lost or reused revision, a 5xx other than 503,
# a request left unanswered, a repeat that did not complete the disclosure).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
# shellcheck source=bench/suite.sh
. bench/suite.sh
build_battery
status=0
java -jar "$BATTERY" crash \
    --gateway "http://127.0.0.1:$GATEWAY" \
    --budget "http://127.0.0.1:$(port_of budget-service)" \
    --token "$SUITE_TOKEN" \
    --postgres-data "$WORK/postgres" \
    --kills "${CRASH_KILLS:-2}" --writers "${CRASH_WRITERS:-4}" --writes "${CRASH_WRITES:-400}" || status=1
java -jar "$BATTERY" kill-service \
    --gateway "http://127.0.0.1:$GATEWAY" \
    --token "$SUITE_TOKEN" \
    --pids "$WORK/pids" \
    --service "${KILL_SERVICE:-assets-service}" --kill-after-ms "${KILL_AFTER_MS:-100}" || status=1
log "what the suite restarted:"
grep -E '^\[suite\] .*restarted' "$WORK/suite.log" >&2 || log "nothing"
exit "$status"
