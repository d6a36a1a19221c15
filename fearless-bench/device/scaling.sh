#!/usr/bin/env bash
# The contention scaling run for a many-core machine that has no Java: about 4 minutes.
#
#   OUT=/results/dir bash fearless-bench/device/scaling.sh FOLDER
#
# FOLDER holds jdk/ (a jlink'd runtime) and benchmarks.jar, as fearless-bench/device/prepare.sh builds them.
# Runs the contended Mutex / ReentrantLock / synchronized counter and the shared Arc clone+close and
# AtomicInteger +1/-1 pair at 1, 2, 4, 8 and 16 threads (JMH -t), one fork each, two rounds with the thread
# counts interleaved, and writes JMH JSON (scaling-t<threads>-r<round>.json), the logs and machine.txt to $OUT.
set -uo pipefail

DIR=${1:?usage: OUT=dir $0 folder-with-jdk-and-benchmarks.jar}
OUT=${OUT:-$DIR/out}
JAVA=$DIR/jdk/bin/java
JAR=$DIR/benchmarks.jar
THREADS=${THREADS:-1 2 4 8 16}
ROUNDS=${ROUNDS:-2}
BENCHES='SharedCounterBench\.Scaling\.(mutexIncrement|reentrantLockIncrement|synchronizedIncrement|arcCloneClose|floorAtomicInteger)$'

# A copied folder may lose execute bits; java forks JMH's measurement JVMs through lib/jspawnhelper.
chmod u+x "$DIR"/jdk/bin/* "$DIR"/jdk/lib/jspawnhelper 2>/dev/null || true

mkdir -p "$OUT"
{
  echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu:      $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(nproc) cores visible"
  echo "memory:   $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "kernel:   $(uname -srm)"
  echo "java:     $("$JAVA" -version 2>&1 | sed -n 2p)"
  echo "load:     $(cat /proc/loadavg) (at start)"
  echo "settings: ${ROUNDS} rounds x 1 fork, -wi 3 -w 500ms -i 5 -r 500ms, threads ${THREADS}"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

start=$(date +%s)
for round in $(seq 1 "$ROUNDS"); do
  for t in $THREADS; do
    echo "== round $round, $t threads ($(( $(date +%s) - start )) s)"
    "$JAVA" -jar "$JAR" "$BENCHES" -t "$t" -f 1 -wi 3 -w 500ms -i 5 -r 500ms -jvmArgs "-Xms1g -Xmx1g" \
      -rf json -rff "$OUT/scaling-t$t-r$round.json" > "$OUT/scaling-t$t-r$round.log" 2>&1
    grep -E '^SharedCounterBench' "$OUT/scaling-t$t-r$round.log"
  done
done
echo "load:     $(cat /proc/loadavg) (at end)" >> "$OUT/machine.txt"
echo "done in $(( $(date +%s) - start )) s; results in $OUT"
