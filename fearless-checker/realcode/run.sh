#!/usr/bin/env bash
# Compiles published libraries from their sources jars with -Xplugin:Fearless and counts what is reported.
#
#   realcode/run.sh [--jar PATH] [--only NAME,...] [--jobs N]
#
# NAME is a library's artifactId (as in libraries.txt); with --only the libraries run in the order given.
# The JDK is the one in JAVA_HOME (the javac on PATH without it). Everything is written under
# fearless-checker/target/realcode/: per library <name>/javac.log and <name>/result.tsv, and all Fearless
# diagnostics of the run in fearless-findings.txt. The exit status is 0 whatever the checker reports; it
# is non-zero only when the survey itself could not be done (a download failed, javac rejected its options).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(dirname "$here")"
out="$module/target/realcode"
jar=""
only=""
jobs=1

die() { echo "realcode: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="${2:?--jar needs a path}"; shift 2 ;;
    --only) only="${2:?--only needs names}"; shift 2 ;;
    --jobs) jobs="${2:?--jobs needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || die "--jobs wants a positive number, not $jobs"

if [ -z "$jar" ]; then
  for j in "$module"/target/fearless-checker-*.jar; do
    case "$j" in *-sources.jar|*-javadoc.jar|*-tests.jar) continue ;; esac
    [ -f "$j" ] && { jar="$j"; break; }
  done
  [ -n "$jar" ] || die "no checker jar in $module/target (build it: mvn -B -q -pl fearless-checker -am package -DskipTests)"
fi
[ -f "$jar" ] || die "checker jar $jar not found"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

if [ -n "${JAVA_HOME:-}" ]; then javac="$JAVA_HOME/bin/javac"; else javac="$(command -v javac)" || die "no javac on PATH"; fi
[ -x "$javac" ] || die "no javac at $javac"
command -v mvn >/dev/null || die "mvn not on PATH"

declare -A coords
order=()
while read -r line; do
  line="${line%%#*}"; line="$(echo "$line" | tr -d '[:space:]')"
  [ -z "$line" ] && continue
  IFS=: read -r g a v <<<"$line"
  [ -n "$g" ] && [ -n "$a" ] && [ -n "$v" ] || die "bad line in libraries.txt: $line"
  coords[$a]="$line"; order+=("$a")
done < "$here/libraries.txt"

selected=()
if [ -n "$only" ]; then
  IFS=, read -r -a wanted <<<"$only"
  for n in "${wanted[@]}"; do
    [ -n "${coords[$n]+x}" ] || die "unknown library $n (names: ${order[*]})"
    selected+=("$n")
  done
else
  selected=("${order[@]}")
fi

mkdir -p "$out"
echo "realcode: checker $jar"
echo "realcode: $("$javac" -version 2>&1)"

# Phase 1, one after another (the local repository is shared): sources jar and dependency jars.
fetch() {
  local name="$1" g a v dir
  IFS=: read -r g a v <<<"${coords[$name]}"
  dir="$out/$name"
  rm -rf "$dir/deps" "$dir/sources-jar"
  mkdir -p "$dir/deps" "$dir/sources-jar"
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>survey.realcode</groupId>
  <artifactId>realcode-$a</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>
  </dependencies>
  <build><pluginManagement><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
  </plugins></pluginManagement></build>
</project>
POM
  # The library's own jar is left out: its classes come from the sources.
  if ! mvn -B -q -f "$dir/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
        -DexcludeGroupIds="$g" -DexcludeArtifactIds="$a" -DoutputDirectory="$dir/deps" > "$dir/fetch.log" 2>&1; then
    die "fetching the dependencies of $g:$a:$v failed (see $dir/fetch.log)"
  fi
  # Jars of the same group with another artifactId are dependencies too (excludeGroupIds above is only a
  # guard against the library itself): put them back.
  if ! mvn -B -q -f "$dir/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds="$g" \
        -DexcludeArtifactIds="$a" -DoutputDirectory="$dir/deps" >> "$dir/fetch.log" 2>&1; then
    die "fetching the dependencies of $g:$a:$v failed (see $dir/fetch.log)"
  fi
  if ! mvn -B -q -f "$dir/pom.xml" dependency:copy -Dartifact="$g:$a:$v:jar:sources" \
        -DoutputDirectory="$dir/sources-jar" >> "$dir/fetch.log" 2>&1; then
    die "fetching the sources jar of $g:$a:$v failed (see $dir/fetch.log)"
  fi
}

# Phase 2: unpack and compile one library; writes result.tsv and findings.txt in its folder.
compile() {
  local name="$1" dir src classes cp rc files fe ie oe wall user sys note
  dir="$out/$name"; src="$dir/src"; classes="$dir/classes"
  rm -rf "$src" "$classes"; mkdir -p "$src" "$classes"
  (cd "$src" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$dir"/sources-jar/*.jar) || { echo "unpack failed" > "$dir/result.tsv"; return 1; }
  # module-info.java would switch javac to module mode (the dependencies are on the class path);
  # META-INF holds copies for other releases (multi-release jars), which would be duplicate classes.
  (cd "$src" && find . -name '*.java' ! -name module-info.java ! -path './META-INF/*' | sed 's|^\./||' | LC_ALL=C sort) > "$dir/files.txt"
  files=$(wc -l < "$dir/files.txt")
  cp="$(find "$dir/deps" -name '*.jar' | LC_ALL=C sort | paste -sd: -)"
  set +e
  ( cd "$src" && TIMEFORMAT='%R %U %S'; { time "$javac" --release 17 -encoding UTF-8 -proc:none \
        -XDshould-stop.ifError=FLOW -Xmaxerrs 100000 -Xmaxwarns 100000 -d "$classes" \
        ${cp:+-classpath "$cp"} -processorpath "$jar" -Xplugin:Fearless @"$dir/files.txt" \
        > "$dir/javac.log" 2>&1; echo $? > "$dir/javac.rc"; } 2> "$dir/time.txt" )
  set -e
  rc=$(cat "$dir/javac.rc")
  read -r wall user sys < "$dir/time.txt"
  fe=$(grep -cE ': error: \[F0(277|382)\]' "$dir/javac.log" || true)
  ie=$(grep -c 'Fearless: internal error' "$dir/javac.log" || true)
  oe=$(grep -E '(^|: )error: ' "$dir/javac.log" | grep -cvE ': error: \[F0(277|382)\]' || true)
  note=""
  case "$rc" in 0|1) ;; 2) note="javac rejected its options (exit 2)" ;; *) note="javac exit $rc" ;; esac
  # Every Fearless diagnostic with its continuation lines (up to the next diagnostic or javac's count).
  awk -v lib="$name" '
    /^[^ ].*: (error|warning|note): / || /^(error|warning|note): / || /^[0-9]+ (error|warning)s?$/ { keep = 0 }
    /: error: \[F0(277|382)\]/ { keep = 1; print "== " lib }
    keep { print }
  ' "$dir/javac.log" > "$dir/findings.txt"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$files" "$fe" "$ie" "$oe" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')" "$note" > "$dir/result.tsv"
  rm -rf "$classes"
  printf 'realcode: %-22s files %5s  Fearless %3s  internal %3s  other %5s  wall %6ss  cpu %6ss %s\n' \
    "$name" "$files" "$fe" "$ie" "$oe" "$wall" "$(cut -f7 "$dir/result.tsv")" "$note"
}

for n in "${selected[@]}"; do fetch "$n"; done

running=0
for n in "${selected[@]}"; do
  rm -f "$out/$n/result.tsv"
  compile "$n" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

: > "$out/fearless-findings.txt"
failed=""
echo
echo "| library | files | Fearless errors | internal errors | other errors | wall s | CPU s |"
echo "|---|---|---|---|---|---|---|"
for n in "${selected[@]}"; do
  r="$out/$n/result.tsv"
  if [ ! -s "$r" ] || [ "$(awk -F'\t' '{ print NF }' "$r")" -lt 8 ]; then failed="$failed $n"; continue; fi
  IFS=$'\t' read -r _ files fe ie oe wall cpu note < "$r"
  IFS=: read -r _ _ v <<<"${coords[$n]}"
  [ "$note" = "javac rejected its options (exit 2)" ] && failed="$failed $n"
  printf '| %s %s%s | %s | %s | %s | %s | %s | %s |\n' "$n" "${v%.Final}" "${note:+ ($note)}" \
    "$(printf "%'d" "$files")" "$fe" "$ie" "$(printf "%'d" "$oe")" "$wall" "$cpu"
  cat "$out/$n/findings.txt" >> "$out/fearless-findings.txt"
done
echo
echo "realcode: javac logs in $out/<name>/javac.log, Fearless diagnostics in $out/fearless-findings.txt"
[ -z "$failed" ] || die "no result for:$failed"
