#!/usr/bin/env bash
# Benchmark, not a test: how fast published documents are imported into a running suite.
#
# Starts the suite (suite-runner, a temporary data directory, free ports). For each format (text,
# .docx, PDF) it makes BENCH_DOCUMENTS distinct documents: the disclosures `scale-bench documents`
# generates for as many departments (each format its own departments, so that each import stores
# new parts), each worded in turn in one of the parser corpus's sixteen wordings, written as text
# and as HTML, from which LibreOffice makes the .docx and the PDF (the formats it cannot make are
# skipped, said so). File names are <departmentId>-<year>, which tell the importer the department.
# Then, with the command-line importer and its --jobs: a dry run of them all (read, validated by
# every service, checked, nothing stored), the import (every part stored) as one import job of the
# suite, and the same import again (all unchanged) as a job and with a request per document
# (--direct). Prints documents/s and ms per document of each pass and format.
#
# BENCH_COPIES=1 imports copies of the reference document instead (the same bytes under other
# department ids), as this benchmark did before it had distinct documents: for comparing with
# figures of a tree that cannot generate them.
#
# Environment: BENCH_DOCUMENTS (default 200), BENCH_JOBS (default 2), BENCH_FORMATS (default
# "txt docx pdf"), BENCH_COPIES (default 0), BENCH_KEEP=1 keeps the temporary directory (logs).
set -euo pipefail

cd "$(dirname "$0")/.."

DOCUMENTS=${BENCH_DOCUMENTS:-200}
JOBS=${BENCH_JOBS:-2}
FORMATS=${BENCH_FORMATS:-txt docx pdf}
COPIES=${BENCH_COPIES:-0}
FIXTURE=sample-data/src/main/resources/fixtures/fuping-organization-department-2020

WORK=$(mktemp -d "${TMPDIR:-/tmp}/import-throughput.XXXXXX")
# shellcheck source=bench/suite.sh
. bench/suite.sh

pass() { # name, format, extra importer options...
    local name=$1 format=$2
    shift 2
    local started ended
    started=$(date +%s%N)
    # A document that fails is counted in the summary; the figures are printed all the same.
    java -jar disclosure-importer/target/disclosure-importer.jar --gateway="http://127.0.0.1:$GATEWAY" --jobs="$JOBS" "$@" \
        "$WORK/documents-$format" >"$WORK/$name-$format.txt" 2>"$WORK/$name-$format.progress" || true
    ended=$(date +%s%N)
    local summary
    summary=$(grep 'document(s) in' "$WORK/$name-$format.txt")
    awk -v name="$name $format" -v n="$DOCUMENTS" -v ns="$((ended - started))" -v summary="$summary" 'BEGIN {
        s = ns / 1e9
        printf "%-17s %8.1f documents/s %8.0f ms/document   (%s)\n", name, n / s, 1000 * s / n, summary
    }'
}

# The documents of one format, in $WORK/documents-<format>; false when this machine cannot make them.
documents() { # format, index of the format (its own departments)
    local format=$1 index=$2 directory="$WORK/documents-$1"
    mkdir -p "$directory"
    if [ "$COPIES" = 1 ]; then
        for i in $(seq 1 "$DOCUMENTS"); do
            cp "$FIXTURE.$format" "$directory/$(printf '%s%03d' "$((139 - index))" "$i")-203-2020.$format"
        done
        return 0
    fi
    local generated="$WORK/generated-$format"
    java -jar scale-bench/target/scale-bench.jar documents --departments "$DOCUMENTS" --skip "$((index * DOCUMENTS))" \
        --years 1 --out "$generated" >/dev/null
    case "$format" in
        txt) mv "$generated"/*.txt "$directory"/ ;;
        docx | pdf)
            if ! command -v soffice >/dev/null; then
                log "no LibreOffice (soffice) to make .$format documents: Debian's libreoffice-writer-nogui and fonts-noto-cjk"
                return 1
            fi
            local filter="docx:MS Word 2007 XML"
            [ "$format" = pdf ] && filter="pdf:writer_pdf_Export"
            # LibreOffice keeps a profile of its own, here in the temporary directory, and one process converts them all.
            soffice -env:UserInstallation="file://$WORK/libreoffice" --headless --infilter="HTML (StarWriter)" \
                --convert-to "$filter" --outdir "$directory" "$generated"/*.html >"$WORK/soffice-$format.log" 2>&1
            ;;
    esac
}

echo
if [ "$COPIES" = 1 ]; then
    echo "$DOCUMENTS copies of the reference document per format (9 parts, 37 projects, 14 procurement lines), --jobs $JOBS, $(nproc) cores"
else
    echo "$DOCUMENTS distinct generated documents per format (each of its own department, in 16 wordings), --jobs $JOBS, $(nproc) cores"
fi
index=0
FAILURES=0
for format in $FORMATS; do
    if ! documents "$format" "$index"; then
        echo "$format: skipped"
        continue
    fi
    index=$((index + 1))
    made=$(find "$WORK/documents-$format" -type f | wc -l)
    [ "$made" = "$DOCUMENTS" ] || { log "made $made .$format documents of $DOCUMENTS"; exit 1; }
    echo "$format: $(du -cb "$WORK/documents-$format"/* | tail -n 1 | cut -f1) bytes in all"
    pass dry-run "$format" --dry-run
    pass import "$format"
    pass again "$format"
    pass again-direct "$format" --direct
    failed=$(sed -n 's/.*failed \([0-9]*\).*/\1/p' "$WORK/import-$format.txt" | tail -n 1)
    if [ "${failed:-0}" != 0 ]; then
        # Failed documents answer fast, so this format's figures are not comparable: said, and the rest goes on.
        log "$failed of $DOCUMENTS .$format documents could not be imported; the reasons, counted:"
        grep '^  failed' "$WORK/import-$format.txt" | sed 's/.*HTTP [0-9]*: //; s/[0-9][0-9]*/N/g; s/project [^ ,;]*/project …/g' \
            | sort | uniq -c | sort -rn | head -n 5 >&2
        FAILURES=1
        continue
    fi
    imported=$(grep -o "imported [0-9]*" "$WORK/import-$format.txt" | tail -n 1)
    [ "$imported" = "imported $DOCUMENTS" ] || { log "not every $format document was imported"; cat "$WORK/import-$format.txt" >&2; exit 1; }
    for again in again again-direct; do
        grep -q "unchanged $DOCUMENTS," "$WORK/$again-$format.txt" || { log "the $again $format import changed something"; cat "$WORK/$again-$format.txt" >&2; exit 1; }
    done
done
exit "$FAILURES"
