#!/usr/bin/env bash
# Plenary benchmark harness (issue 6): builds if needed, then runs bench/ (org.plenary.bench.Bench).
#   ./bench.sh [--quick] [--backend memory|file|both] [--command-url URL --query-url URL [--kafka H:P] [--mongo URI]]
#              [--only raw,throughput,latency,timetravel,compilation,amendmentparse,rebase,vote,negotiation,replay] [--set property=value] [--help]
# Results: bench/results/{results.md,results.csv,summary.json,latency.svg}. See docs/BENCHMARKS.md.
# BENCH_JAVA_OPTS adds JVM options to the harness JVM (which also runs the embedded stack), e.g. JFR.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
TARGET=${BENCH_TARGET:-target-bench}
jar() { ls "$1"/"$TARGET"/"$2"-*-exec.jar 2>/dev/null | head -1; }
BENCH_JAR=$(jar bench plenary-bench || true)
QUERY_JAR=$(jar query plenary-query || true)
if [[ -z "$BENCH_JAR" || -z "$QUERY_JAR" ]] || [[ -n "$(find pom.xml */pom.xml */src/main -newer "$BENCH_JAR" -type f 2>/dev/null | head -1)" ]]; then
  echo "building (mvn -Dplenary.target=$TARGET package -DskipTests) ..." >&2
  mvn -q -B -ntp -o -Dplenary.target="$TARGET" -DskipTests package >&2 || \
    mvn -q -B -ntp -Dplenary.target="$TARGET" -DskipTests package >&2
  BENCH_JAR=$(jar bench plenary-bench)
  QUERY_JAR=$(jar query plenary-query)
fi
exec java -Xms1g -Xmx12g ${BENCH_JAVA_OPTS:-} -Dbench.queryJar="$QUERY_JAR" -jar "$BENCH_JAR" \
  --command-line "./bench.sh $*" "$@"
