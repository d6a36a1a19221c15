#!/usr/bin/env bash
# Release readiness: the release profile deploys exactly the published artifacts (parent POM, fearless-core,
# fearless-checker), each with its sources and Javadoc jars and the POM metadata a public repository requires.
# Deploys to a throw-away file repository; signs nothing unless a key is configured (see docs/releasing.md).
#
#   .ci/release-check.sh [REPO_DIR]     # default: a fresh temporary directory, removed afterwards
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -gt 0 ]; then
    repo=$(mkdir -p "$1" && cd "$1" && pwd)
else
    repo=$(mktemp -d)
    trap 'rm -rf "$repo"' EXIT
fi

mvn -B -q -ntp -Prelease deploy -DaltDeploymentRepository="local::file://$repo" -DskipTests

fail() { echo "release-check: $*" >&2; exit 1; }
group=$repo/dev/fearless

# Only the published modules are deployed.
deployed=$(cd "$group" && ls | sort | tr '\n' ' ')
[ "$deployed" = "fearless-checker fearless-core fearless-parent " ] \
    || fail "deployed modules are '$deployed', expected fearless-checker fearless-core fearless-parent"

# The newest file of a kind in an artifact's version directory (a snapshot carries a timestamp in its name).
newest() { # artifact suffix
    local dir
    dir=$(ls -d "$group/$1"/*/ | head -n 1)
    ls -t "$dir"/"$1"-*"$2" 2>/dev/null | grep -v -e '-sources' -e '-javadoc' -e '\.asc$' -e '\.md5$' -e '\.sha1$' \
        | head -n 1 || true
}
newest_classified() { # artifact classifier
    local dir
    dir=$(ls -d "$group/$1"/*/ | head -n 1)
    ls -t "$dir"/"$1"-*-"$2".jar 2>/dev/null | head -n 1 || true
}
has_entry() { # jar entry
    jar tf "$1" | grep -qx "$2" || fail "$(basename "$1") has no $2"
}
has_element() { # pom element
    grep -q "<$2[ >]" "$1" || fail "$(basename "$1") has no <$2>"
}
# The dependencies of the project itself (not of its build plugins) whose scope is neither test nor provided.
runtime_dependencies() { # pom
    awk '/<build>/ {build = 1} /<\/build>/ {build = 0}
         !build && /<dependency>/ {inside = 1; scope = ""; id = ""}
         inside && /<artifactId>/ && id == "" {id = $0; gsub(/.*<artifactId>|<\/artifactId>.*/, "", id)}
         inside && /<scope>/ {scope = $0; gsub(/.*<scope>|<\/scope>.*/, "", scope)}
         inside && /<\/dependency>/ {inside = 0; if (scope != "test" && scope != "provided") print id}' "$1"
}

parent_pom=$(newest fearless-parent .pom)
[ -n "$parent_pom" ] || fail "no parent POM deployed"
for element in url licenses developers scm connection developerConnection description inceptionYear; do
    has_element "$parent_pom" "$element"
done

for artifact in fearless-core fearless-checker; do
    pom=$(newest "$artifact" .pom)
    jar=$(newest "$artifact" .jar)
    sources=$(newest_classified "$artifact" sources)
    javadoc=$(newest_classified "$artifact" javadoc)
    [ -n "$pom" ] && [ -n "$jar" ] && [ -n "$sources" ] && [ -n "$javadoc" ] \
        || fail "$artifact: expected a POM, a jar, a sources jar and a javadoc jar in $group/$artifact"
    has_element "$pom" name
    has_element "$pom" description
    has_element "$pom" parent
    # No run-time dependencies: a user's build gets nothing but the jar.
    extra=$(runtime_dependencies "$pom")
    [ -z "$extra" ] || fail "$artifact has run-time dependencies: $extra"

    has_entry "$javadoc" index.html
    echo "$artifact: $(basename "$jar"), sources ($(jar tf "$sources" | grep -c '\.java$') .java files), javadoc"
done

core_jar=$(newest fearless-core .jar)
has_entry "$core_jar" module-info.class
has_entry "$core_jar" dev/fearless/sync/Arc.class
has_entry "$(newest_classified fearless-core sources)" dev/fearless/sync/Arc.java
checker_jar=$(newest fearless-checker .jar)
has_entry "$checker_jar" META-INF/services/com.sun.source.util.Plugin
has_entry "$checker_jar" dev/fearless/checker/FearlessPlugin.class
has_entry "$(newest_classified fearless-checker sources)" dev/fearless/checker/FearlessPlugin.java
# The checker runs without dependencies: nothing but its own classes and resources is in the jar.
if jar tf "$checker_jar" | grep -E '\.class$' | grep -v '^dev/fearless/checker/' | grep -q .; then
    fail "the checker jar contains classes outside dev.fearless.checker"
fi

echo "release-check: ok ($repo)"
