#!/usr/bin/env bash
# Runs Plenary locally: builds, then starts a real Kafka broker (KRaft) and the MongoDB-protocol server
# in-process with data under ./data (kept between runs), both apps, and loads the sample draft when the
# store is empty. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
mvn -q -B -ntp install -DskipTests
exec java -jar local/target/plenary-local-0.1.0-SNAPSHOT-exec.jar "$@"
