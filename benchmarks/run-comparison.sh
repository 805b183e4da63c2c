#!/usr/bin/env bash
# Runs the end-to-end comparison of benchmarks/README.md: builds benchmarks/target/benchmarks.jar when a
# source or pom is newer than it, then runs io.tarn.benchmarks.compare.RunComparison with the given options
# (--help lists them). Results: benchmarks/RESULTS.md and benchmarks/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
if [ ! -f "$JAR" ] || [ -n "$(find storage engine server cli benchmarks -newer "$JAR" \( -name '*.java' -o -name pom.xml -o -path '*/src/main/resources/*' \) -print -quit 2>/dev/null)" ]; then
  echo "building $JAR" >&2
  ./mvnw -B -q -pl benchmarks -am package -DskipTests -Pbenchmarks-jar
fi
exec java ${TARN_COMPARISON_JAVA_OPTS:--Xmx6g -XX:+UseParallelGC} -Duser.timezone=UTC -Duser.language=en \
  -cp "$JAR" io.tarn.benchmarks.compare.RunComparison --repository "$PWD" "$@"
