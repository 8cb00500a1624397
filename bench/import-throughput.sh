#!/usr/bin/env bash
# Benchmark, not a test: how fast published documents are imported into a running suite.
#
# Starts the suite (suite-runner, a temporary data directory, free ports); writes N copies of the
# reference document, each as another department (division 139001, 139002, …, department code
# 203 as the document says: file names 139001-203-2020.txt …); then, with the command-line
# importer and its --jobs: a dry run of them all (read, validated by every service, checked,
# nothing stored), the import (every part stored), and the same import again (all unchanged).
# Prints documents/s and ms per document of each pass.
#
# Environment: BENCH_DOCUMENTS (default 40), BENCH_JOBS (default 2), BENCH_KEEP=1 keeps the
# temporary directory (logs) for a look afterwards.
set -euo pipefail

cd "$(dirname "$0")/.."

DOCUMENTS=${BENCH_DOCUMENTS:-40}
JOBS=${BENCH_JOBS:-2}
FIXTURE=sample-data/src/main/resources/fixtures/fuping-organization-department-2020.txt

WORK=$(mktemp -d "${TMPDIR:-/tmp}/import-throughput.XXXXXX")
# shellcheck source=bench/suite.sh
. bench/suite.sh

mkdir -p "$WORK/documents"
for i in $(seq 1 "$DOCUMENTS"); do
    cp "$FIXTURE" "$WORK/documents/$(printf '139%03d' "$i")-203-2020.txt"
done
BYTES=$(wc -c <"$FIXTURE")

pass() { # name, extra importer options...
    local name=$1
    shift
    local started ended
    started=$(date +%s%N)
    java -jar disclosure-importer/target/disclosure-importer.jar --gateway="http://127.0.0.1:$GATEWAY" --jobs="$JOBS" "$@" \
        "$WORK/documents" >"$WORK/$name.txt" 2>"$WORK/$name.progress"
    ended=$(date +%s%N)
    local summary
    summary=$(grep 'document(s) in' "$WORK/$name.txt")
    awk -v name="$name" -v n="$DOCUMENTS" -v ns="$((ended - started))" -v summary="$summary" 'BEGIN {
        s = ns / 1e9
        printf "%-10s %8.1f documents/s %8.0f ms/document   (%s)\n", name, n / s, 1000 * s / n, summary
    }'
}

echo
echo "$DOCUMENTS copies of the reference document ($BYTES bytes, 9 parts, 37 projects, 14 procurement lines), --jobs $JOBS, $(nproc) cores"
pass dry-run --dry-run
pass import
pass again
grep -q "imported $DOCUMENTS," "$WORK/import.txt" || { log "not every document was imported"; cat "$WORK/import.txt" >&2; exit 1; }
grep -q "unchanged $DOCUMENTS," "$WORK/again.txt" || { log "the second import changed something"; cat "$WORK/again.txt" >&2; exit 1; }
