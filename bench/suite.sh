# Sourced by the benchmarks, from the repository root, after they set WORK (a fresh temporary
# directory) and optionally BEFORE_SUITE_STOPS (a function that stops what they started
# themselves). Builds what is stale, starts the suite on free ports with its data in $WORK/postgres
# (the reference document imported into it), and sets GATEWAY to the gateway's port and SUITE_TOKEN
# to its development token. Everything is stopped on exit and $WORK deleted (BENCH_KEEP=1 keeps
# it); .data/ is never touched.

ROOT=$(pwd)
log() { printf '[bench] %s\n' "$*" >&2; }

# --- build -------------------------------------------------------------------------------------
MODULES="budget-service performance-service procurement-service assets-service documents-service gateway disclosure-parser disclosure-importer scale-bench"
needs_build=false
for m in $MODULES; do
    built="$m/target/quarkus-app/quarkus-run.jar"
    [ -f "$built" ] || built=$(ls "$m"/target/*.jar 2>/dev/null | head -n 1 || true)
    if [ -z "$built" ] || [ ! -f "$built" ] || [ -n "$(find "$m/src" "$m/pom.xml" common/src part-store/src -newer "$built" -print -quit)" ]; then
        needs_build=true
    fi
done
if [ ! -f suite-runner/target/suite-runner.jar ] \
        || [ -n "$(find suite-runner/src -newer suite-runner/target/suite-runner.jar -print -quit)" ]; then
    needs_build=true
fi
if $needs_build; then
    log "building (./mvnw -B -q install -DskipTests)"
    ./mvnw -B -q install -DskipTests
fi

# --- everything started here is stopped on exit ------------------------------------------------
SUITE_PID=""
cleanup() {
    local status=$?
    if [ -n "${BEFORE_SUITE_STOPS:-}" ]; then
        "$BEFORE_SUITE_STOPS"
    fi
    if [ -n "$SUITE_PID" ] && kill -0 "$SUITE_PID" 2>/dev/null; then
        log "stopping the suite"
        kill -TERM "$SUITE_PID" 2>/dev/null || true   # its shutdown hook stops the services, then PostgreSQL
        for _ in $(seq 1 600); do kill -0 "$SUITE_PID" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$SUITE_PID" 2>/dev/null; then
            log "the suite did not stop within 60 s; killing it and its services"
            pkill -KILL -P "$SUITE_PID" 2>/dev/null || true
            kill -KILL "$SUITE_PID" 2>/dev/null || true
        fi
    fi
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local port
    while :; do
        port=$(( 20000 + RANDOM % 30000 ))
        port_in_use "$port" || { echo "$port"; return; }
    done
}

# --- the suite ---------------------------------------------------------------------------------
log "starting the suite (data in $WORK/postgres, free ports; log $WORK/suite.log)"
java -Dsuite.root="$ROOT" -Dsuite.data-dir="$WORK/postgres" -Dsuite.ports=free \
    -jar suite-runner/target/suite-runner.jar >"$WORK/suite.log" 2>&1 &
SUITE_PID=$!
GATEWAY=""
for _ in $(seq 1 360); do
    if ! kill -0 "$SUITE_PID" 2>/dev/null; then
        tail -n 40 "$WORK/suite.log" >&2
        log "the suite did not start"
        exit 1
    fi
    GATEWAY=$(sed -n 's/^\[suite\]   reference disclosure *http:\/\/localhost:\([0-9]*\)\/.*/\1/p' "$WORK/suite.log")
    [ -n "$GATEWAY" ] && break
    sleep 0.5
done
if [ -z "$GATEWAY" ]; then
    tail -n 40 "$WORK/suite.log" >&2
    log "the suite was not up within 180 s"
    exit 1
fi
log "gateway on 127.0.0.1:$GATEWAY"
# The run's development token (it may write every department): the importer takes it from here.
SUITE_TOKEN=$(cat "$WORK/dev-token")
export SUITE_TOKEN

# The port a service of this suite listens on (its latest start), e.g. $(port_of budget-service).
port_of() { sed -n "s/^\[suite\] started $1 (pid [0-9]*) on port \([0-9]*\)$/\1/p" "$WORK/suite.log" | tail -n 1; }

# The reliability battery's jar, built when stale.
BATTERY=reliability-battery/target/reliability-battery.jar
build_battery() {
    if [ ! -f "$BATTERY" ] || [ -n "$(find reliability-battery/src -newer "$BATTERY" -print -quit)" ]; then
        ./mvnw -B -q -pl reliability-battery package -DskipTests
    fi
}
