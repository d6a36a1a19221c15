#!/usr/bin/env bash
# Runs the jcstress tests of the Fearless runtime.
#
#   fearless-stress/run.sh [sanity|quick|full] [extra jcstress options...]
#
#   sanity  every test once, briefly: checks that the tests run at all (about a minute on 2 cores)
#   quick   the CI mode: every test, short iterations, one fork (about 2-3 minutes on 2 cores)
#   full    jcstress's default mode: many forks and iterations (an hour or more on 2 cores)
#
# The JDK is the one in JAVA_HOME (else `java` on the PATH), e.g.
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 fearless-stress/run.sh quick
# Extra options go to jcstress, e.g. `-t UpgradeVsLastClose` to pick tests by regular expression.
# The jar is built first if it is missing (or when FEARLESS_STRESS_BUILD=1).
# Exit status: 0 if every outcome seen was acceptable; non-zero if any forbidden outcome, error or
# crash was seen. Reports go to fearless-stress/target/jcstress/<mode>-<java version>/.
set -euo pipefail

mode="${1:-quick}"
shift || true

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/jcstress.jar"

if [[ -n "${JAVA_HOME:-}" ]]; then
    java="$JAVA_HOME/bin/java"
else
    java="java"
fi

case "$mode" in
    sanity) preset=(-m sanity) ;;
    # jcstress's quick preset spends 1.5-2 minutes per test here; shorter iterations and a single fork
    # keep every test's coverage (all compilation modes of each actor) within the CI budget.
    quick) preset=(-m quick -f 1 -iters 1 -time 150) ;;
    full) preset=(-m default) ;;
    *) echo "usage: $0 [sanity|quick|full] [jcstress options...]" >&2; exit 2 ;;
esac

if [[ ! -f "$jar" || "${FEARLESS_STRESS_BUILD:-0}" == "1" ]]; then
    (cd "$root" && mvn -q -B -pl fearless-stress -am package -DskipTests)
fi

version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
out="$here/target/jcstress/$mode-jdk$version"
rm -rf "$out"
mkdir -p "$out"
echo "jcstress $mode on JDK $version ($java), report in $out"

# jcstress writes its binary result log into the working directory.
cd "$out"
start=$SECONDS
status=0
"$java" -jar "$jar" "${preset[@]}" -c 2 -r "$out/report" "$@" || status=$?
echo "jcstress $mode on JDK $version: exit $status after $((SECONDS - start)) s"
exit "$status"
