#!/usr/bin/env bash
# Builds the folder that the many-core scaling run needs, on a machine with a JDK:
#   fearless-bench/target/device/jdk/            a jlink'd Java runtime (java.base, jdk.unsupported,
#                                                java.management), must stay under 45 MiB
#   fearless-bench/target/device/benchmarks.jar  the JMH uber jar
# and checks that the runtime image runs the benchmarks jar. Then, on the many-core machine (no Java, no
# network needed), from the repository root:
#   OUT=/some/dir bash fearless-bench/device/scaling.sh fearless-bench/target/device
# and copy $OUT/* to fearless-bench/results/device/ here; `fearless-bench/run.sh report` adds it to BENCHMARKS.md.
#
# JDK: JLINK_JDK (default: the JDK 17 under /usr/lib/jvm, which ships the jmods jlink needs).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=$ROOT/fearless-bench/target/device
JLINK_JDK=${JLINK_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}

(cd "$ROOT" && mvn -q -DskipTests package -pl fearless-core,fearless-bench -am)
rm -rf "$DEST"
mkdir -p "$DEST"
"$JLINK_JDK/bin/jlink" --add-modules java.base,jdk.unsupported,java.management \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$DEST/jdk"
cp "$ROOT/fearless-bench/target/benchmarks.jar" "$DEST/"

size_mib=$(du -sm "$DEST/jdk" | cut -f1)
total_mib=$(du -sm "$DEST" | cut -f1)
echo "runtime image: ${size_mib} MiB, folder: ${total_mib} MiB"
if (( size_mib >= 45 )); then
  echo "runtime image is ${size_mib} MiB, over the 45 MiB budget" >&2
  exit 1
fi

# The image must run the jar: list the scaling benchmarks and run one for a moment with 2 threads.
"$DEST/jdk/bin/java" -jar "$DEST/benchmarks.jar" -l 'SharedCounterBench\.Scaling' | tail -n +2
"$DEST/jdk/bin/java" -jar "$DEST/benchmarks.jar" 'SharedCounterBench\.Scaling\.mutexIncrement' -t 2 \
  -f 1 -wi 1 -w 100ms -i 1 -r 100ms -rf json -rff "$DEST/check.json" | grep -E '^SharedCounterBench|^Benchmark'
rm -f "$DEST/check.json"
echo "ready: $DEST"
