#!/usr/bin/env bash
# Runs the jcstress tests of the Fearless runtime.
#
#   fearless-stress/run.sh [sanity|quick|ci|full] [extra jcstress options...]
#
#   sanity  jcstress's sanity preset: a handful of samples per configuration, only checks that every
#           test runs (about 7 s per test on 2 cores)
#   quick   (or ci) the CI mode: one fork per test, C2 with scheduling randomizers, ~1M samples per test
#           (about 4-5 s per test on 2 cores, plus ~6 s of probing)
#   full    jcstress's default preset: every compilation mode and VM configuration, several forks and
#           iterations (minutes per test; over an hour for the whole set on 2 cores)
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
    # jcstress's own quick preset forks 20-30 JVMs per test (every split compilation mode in every
    # VM configuration): 1.5-2 minutes per test here. CI gets one fork per test instead: both actors
    # C2-compiled, with C2's instruction-scheduling randomizers on, 300 ms of samples (about a million).
    # It caught every deliberately broken Arc tried (double cleanup, lost intoInner, broken upgrade).
    quick | ci) preset=(-m quick -f 1 -fsm 0 -iters 1 -time 300 -sc false
                   -jvmArgs "-XX:+UnlockDiagnosticVMOptions -XX:+StressGCM -XX:+StressLCM -Xmx256m") ;;
    full) preset=(-m default) ;;
    *) echo "usage: $0 [sanity|quick|ci|full] [jcstress options...]" >&2; exit 2 ;;
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
