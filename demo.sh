#!/usr/bin/env bash
# Shows Fearless on the Rust Book's chapter 16 program (a counter shared by ten threads), exactly as a user
# of javac sees it: the Rc version is rejected at compile time, the Arc version compiles and prints Result: 10.
set -euo pipefail
cd "$(dirname "$0")"

bin=${JAVA_HOME:+$JAVA_HOME/bin/}
echo "Building the runtime and the compiler plugin (mvn package)..."
mvn -q -B -Dstyle.color=never -DskipTests package -pl fearless-core,fearless-checker -am

core=$(ls fearless-core/target/fearless-core-*.jar | grep -v -e sources -e javadoc | head -n 1)
checker=$(ls fearless-checker/target/fearless-checker-*.jar | grep -v -e sources -e javadoc | head -n 1)
seed=fearless-examples/src
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

javac_fearless() {
    "${bin}javac" --release 17 -d "$out" -cp "$core" -processorpath "$checker" -Xplugin:Fearless "$@"
}

echo
echo "\$ javac -Xplugin:Fearless SharedCounterRc.java      # ten threads share an Rc<Mutex<Integer>>"
if javac_fearless "$seed/rejected/java/dev/fearless/examples/seed/SharedCounterRc.java"; then
    echo "UNEXPECTED: the Rc version compiled" >&2
    exit 1
fi

echo
echo "\$ javac -Xplugin:Fearless SharedCounter.java && java SharedCounter      # the fix: Arc<Mutex<Integer>>"
javac_fearless "$seed/main/java/dev/fearless/examples/seed/SharedCounter.java"
"${bin}java" -cp "$out:$core" dev.fearless.examples.seed.SharedCounter
