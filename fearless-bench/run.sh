#!/usr/bin/env bash
# Runs every benchmark and writes BENCHMARKS.md (repository root) and the charts in fearless-bench/results/.
#
#   fearless-bench/run.sh quick    # about 10 minutes on 2 busy cores: 2 rounds, short iterations
#   fearless-bench/run.sh full     # about an hour: 4 rounds, 1 s iterations, larger compile test
#   fearless-bench/run.sh smoke    # seconds per benchmark: checks that everything runs, figures meaningless
#   fearless-bench/run.sh report   # only regenerate BENCHMARKS.md and charts from the last run's raw files
#   fearless-bench/run.sh growth   # the plugin's cost on one ever larger method (3 shapes x N), minutes per JDK
#
# Environment: JDKS (space-separated JDK homes; default: the default java's home and Temurin 25 if present),
# ONLY (a JMH include regex, to run a subset while working on one benchmark); for growth, GROWTH_N (default
# "1000 4000 10000") and GROWTH_REPS (runs of each compilation, default 1).
#
# What it does: builds the runtime, the checker and the benchmarks jar with Maven (no tests); then, for each
# round, runs JMH once per JDK with one fork per benchmark, so that benchmarks that are compared in one table
# alternate over the whole run rather than running back to back while the machine's load drifts; runs the
# Rust harness, the JOL memory measurement and the plugin's compile-time comparison; and renders the report.
# Raw results go to fearless-bench/results/raw/ (not committed).
set -euo pipefail

MODE=${1:-quick}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/fearless-bench
RAW=$BENCH/results/raw
JAR=$BENCH/target/benchmarks.jar
START=$(date +%s)

case $MODE in
  smoke)  ROUNDS=1; ITER=(-wi 1 -w 100ms -i 2 -r 100ms); PLUGIN=(--classes 20 --reps 1) ;;
  quick)  ROUNDS=2; ITER=(-wi 2 -w 300ms -i 3 -r 300ms); PLUGIN=(--classes 300 --reps 3) ;;
  full)   ROUNDS=4; ITER=(-wi 3 -w 1s -i 4 -r 1s);       PLUGIN=(--classes 1000 --reps 7) ;;
  report|growth) ;;
  *) echo "usage: $0 quick|full|smoke|report|growth" >&2; exit 2 ;;
esac

report() {
  java -Djava.awt.headless=true -cp "$JAR" dev.fearless.bench.report.Report \
    --raw "$RAW" --device "$BENCH/results/device" --growth "$BENCH/results/growth" --charts "$BENCH/results" --out "$ROOT/BENCHMARKS.md" \
    --mode "$(cat "$RAW/mode" 2>/dev/null || echo "$MODE")" --seconds "$(cat "$RAW/seconds" 2>/dev/null || echo '?')"
  echo "wrote $ROOT/BENCHMARKS.md and $BENCH/results/*.png"
}

if [[ $MODE == report ]]; then
  report
  exit 0
fi

if [[ -z ${JDKS:-} ]]; then
  JDKS=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && JDKS="$JDKS /usr/lib/jvm/temurin-25-jdk-amd64"
fi

echo "== build"
(cd "$ROOT" && mvn -q -DskipTests package -pl fearless-core,fearless-checker,fearless-bench -am)
CORE_JAR=$(ls "$ROOT"/fearless-core/target/fearless-core-*.jar | grep -v -e sources -e javadoc | head -1)
CHECKER_JAR=$(ls "$ROOT"/fearless-checker/target/fearless-checker-*.jar | grep -v -e sources -e javadoc | head -1)
major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p'; }
label() { echo "jdk$(major "$1")"; }

if [[ $MODE == growth ]]; then
  # One class whose one method has N parts of a shape (SyntheticSources.growth), plain javac and with the plugin,
  # each a fresh javac process stopping after flow analysis. Written to results/growth/ (kept with the
  # report, which renders it); a later full run does not redo it.
  mkdir -p "$BENCH/results/growth"
  for jdk in $JDKS; do
    lbl=$(label "$jdk")
    out=$BENCH/results/growth/growth-$lbl.tsv
    : > "$out"
    for shape in lambdas stored fields; do
      for n in ${GROWTH_N:-1000 4000 10000}; do
        echo "== growth on $lbl: $shape, N = $n"
        "$jdk/bin/java" -cp "$JAR" dev.fearless.bench.plugin.PluginCost --javac "$jdk/bin/javac" \
          --core "$CORE_JAR" --checker "$CHECKER_JAR" --shape "$shape" --n "$n" --reps "${GROWTH_REPS:-1}" \
          --warmup false | tee -a "$out"
      done
    done
  done
  exit 0
fi

cargo build --release --quiet --offline --manifest-path "$BENCH/rust/Cargo.toml"

rm -rf "$RAW"
mkdir -p "$RAW"
echo "$MODE" > "$RAW/mode"

{
  echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:   $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpu:      $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(nproc) cores visible"
  echo "memory:   $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "kernel:   $(uname -srm)"
  for j in $JDKS; do
    echo "$(label "$j"):    $("$j/bin/java" -version 2>&1 | sed -n 2p)"
  done
  echo "rust:     $(rustc --version)"
  echo "mode:     $MODE, ${ROUNDS} rounds x 1 fork, JMH ${ITER[*]}, -prof gc"
  echo "shared:   yes: other people's builds and tests ran on the same 2 cores during this run (see load below)"
} > "$RAW/machine.txt"
cat "$RAW/machine.txt"

# Sample the load average in the background for the noise report.
( while :; do echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)"; sleep 10; done ) > "$RAW/load.txt" &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true' EXIT

run_jmh() { # jdk-home round
  local jdk=$1 round=$2 lbl excludes=(-e 'SharedCounterBench\.Scaling' -e 'SharedCounterBench\.T[48]\.(floor|arc|netty)')
  lbl=$(label "$jdk")
  if (( $(major "$jdk") < 21 )); then
    excludes+=(-e '[Vv]irtual')
  fi
  echo "== JMH on $lbl, round $round"
  # A benchmark that fails is reported and skipped; the others still run.
  "$jdk/bin/java" -jar "$JAR" "${ONLY:-.*}" "${excludes[@]}" -f 1 "${ITER[@]}" -prof gc \
    -jvmArgs "-Xms1g -Xmx1g" -rf json -rff "$RAW/jmh-$lbl-r$round.json" > "$RAW/jmh-$lbl-r$round.log" 2>&1 || true
  grep -E '^# Run complete|<failure>' "$RAW/jmh-$lbl-r$round.log" | sed 's/.*<failure>.*/benchmark failed (see the log)/' \
    | sort | uniq -c || true
}

for round in $(seq 1 "$ROUNDS"); do
  for jdk in $JDKS; do
    run_jmh "$jdk" "$round"
  done
  if (( round == 1 )); then
    echo "== Rust"
    "$BENCH/rust/target/release/fearless-bench-rust" "$MODE" > "$RAW/rust.tsv"
  fi
done

for jdk in $JDKS; do
  lbl=$(label "$jdk")
  echo "== memory on $lbl"
  "$jdk/bin/java" -Dfearless.leakDetection=off -Djdk.attach.allowAttachSelf=true \
    -XX:+IgnoreUnrecognizedVMOptions -XX:+EnableDynamicAgentLoading -cp "$JAR" \
    dev.fearless.bench.MemoryFootprint > "$RAW/memory-$lbl.tsv" 2> "$RAW/memory-$lbl.log" || cat "$RAW/memory-$lbl.log"
  echo "== plugin compile time on $lbl"
  "$jdk/bin/java" -cp "$JAR" dev.fearless.bench.plugin.PluginCost --javac "$jdk/bin/javac" \
    --core "$CORE_JAR" --checker "$CHECKER_JAR" "${PLUGIN[@]}" > "$RAW/plugin-$lbl.tsv" || cat "$RAW/plugin-$lbl.tsv"
done

echo $(( $(date +%s) - START )) > "$RAW/seconds"
report
