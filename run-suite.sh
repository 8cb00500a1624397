#!/usr/bin/env bash
# Builds the suite and runs it on one embedded PostgreSQL (data kept in .data/). Ctrl-C stops it all.
# ./run-suite.sh token SCOPE... prints a write token of the local issuer (e.g. token write:130624).
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = token ] && [ -f suite-runner/target/suite-runner.jar ]; then
    exec java -jar suite-runner/target/suite-runner.jar "$@"
fi
# Built again only when something it is made from changed since the last build of this script: a
# rebuild costs minutes, and it gives every jar a new time, which retires the services' AOT caches.
# A directory counts too, so that a file deleted from it is noticed.
built=target/run-suite.built
changed() {
    [ ! -f "$built" ] || [ ! -f suite-runner/target/suite-runner.jar ] || [ -n "$(find . \
        \( -path ./.data -o -name node_modules -o -name target -o -path ./.git \) -prune -o \
        \( -name pom.xml -o -path '*/src/main/*' -o -path '*/src/main' -o -path './.mvn/*' -o -name mvnw \) \
        -newer "$built" -print -quit)" ]
}
if changed; then
    mkdir -p target
    touch target/run-suite.building
    ./mvnw -B -q install -DskipTests
    mv target/run-suite.building "$built"
fi
# The runner itself only starts, watches and relays: a small heap, no optimising compiler, two malloc arenas.
MALLOC_ARENA_MAX=2 exec java -XX:+UseSerialGC -Xms8m -Xmx96m -XX:TieredStopAtLevel=1 -jar suite-runner/target/suite-runner.jar "$@"
