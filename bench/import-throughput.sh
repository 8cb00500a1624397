#!/usr/bin/env bash
# Benchmark, not a test: how fast published documents are imported into a running suite.
#
# Starts the suite (suite-runner, a temporary data directory, free ports); for each format of the
# reference document (its text export, .docx and .pdf) writes N copies, each as another department
# (division 139001, 139002, … for the text, 138… for .docx, 137… for .pdf; department code 203 as
# the document says: file names 139001-203-2020.txt …); then, with the command-line importer and
# its --jobs: a dry run of them all (read, validated by every service, checked, nothing stored),
# the import (every part stored) as one import job of the suite, and the same import again (all
# unchanged) as a job and with a request per document (--direct). Prints documents/s and ms per
# document of each pass and format.
#
# Environment: BENCH_DOCUMENTS (default 40), BENCH_JOBS (default 2), BENCH_FORMATS (default
# "txt docx pdf"), BENCH_KEEP=1 keeps the temporary directory (logs) for a look afterwards.
set -euo pipefail

cd "$(dirname "$0")/.."

DOCUMENTS=${BENCH_DOCUMENTS:-40}
JOBS=${BENCH_JOBS:-2}
FORMATS=${BENCH_FORMATS:-txt docx pdf}
FIXTURE=sample-data/src/main/resources/fixtures/fuping-organization-department-2020

WORK=$(mktemp -d "${TMPDIR:-/tmp}/import-throughput.XXXXXX")
# shellcheck source=bench/suite.sh
. bench/suite.sh

pass() { # name, format, extra importer options...
    local name=$1 format=$2
    shift 2
    local started ended
    started=$(date +%s%N)
    java -jar disclosure-importer/target/disclosure-importer.jar --gateway="http://127.0.0.1:$GATEWAY" --jobs="$JOBS" "$@" \
        "$WORK/documents-$format" >"$WORK/$name-$format.txt" 2>"$WORK/$name-$format.progress"
    ended=$(date +%s%N)
    local summary
    summary=$(grep 'document(s) in' "$WORK/$name-$format.txt")
    awk -v name="$name $format" -v n="$DOCUMENTS" -v ns="$((ended - started))" -v summary="$summary" 'BEGIN {
        s = ns / 1e9
        printf "%-13s %8.1f documents/s %8.0f ms/document   (%s)\n", name, n / s, 1000 * s / n, summary
    }'
}

echo
echo "$DOCUMENTS copies of the reference document per format (9 parts, 37 projects, 14 procurement lines), --jobs $JOBS, $(nproc) cores"
division=139
for format in $FORMATS; do
    mkdir -p "$WORK/documents-$format"
    for i in $(seq 1 "$DOCUMENTS"); do
        cp "$FIXTURE.$format" "$WORK/documents-$format/$(printf '%s%03d' "$division" "$i")-203-2020.$format"
    done
    division=$((division - 1))
    echo "$format: $(wc -c <"$FIXTURE.$format") bytes"
    pass dry-run "$format" --dry-run
    pass import "$format"
    pass again "$format"
    pass again-direct "$format" --direct
    grep -q "imported $DOCUMENTS," "$WORK/import-$format.txt" || { log "not every $format document was imported"; cat "$WORK/import-$format.txt" >&2; exit 1; }
    for again in again again-direct; do
        grep -q "unchanged $DOCUMENTS," "$WORK/$again-$format.txt" || { log "the $again $format import changed something"; cat "$WORK/$again-$format.txt" >&2; exit 1; }
    done
done
