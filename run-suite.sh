#!/usr/bin/env bash
# Builds the suite and runs it on one embedded PostgreSQL (data kept in .data/). Ctrl-C stops it all.
# ./run-suite.sh token SCOPE... prints a write token of the local issuer (e.g. token write:130624).
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = token ] && [ -f suite-runner/target/suite-runner.jar ]; then
    exec java -jar suite-runner/target/suite-runner.jar "$@"
fi
./mvnw -B -q install -DskipTests
exec java -jar suite-runner/target/suite-runner.jar "$@"
