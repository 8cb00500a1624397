#!/usr/bin/env bash
# Builds the suite and runs it on one embedded PostgreSQL (data kept in .data/). Ctrl-C stops it all.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q install -DskipTests
exec java -jar suite-runner/target/suite-runner.jar "$@"
