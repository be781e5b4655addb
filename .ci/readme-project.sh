#!/usr/bin/env bash
# Tests the README as a user reads it: builds a fresh Maven project made of the README's own Maven snippets
# ("Using it in your build") and its first example ("A first coroutine"), with the README's run command, against
# kaa-runtime and kaa-processor as `mvn verify` just built them, and checks what it prints. The snippets are
# extracted from README.md, so the README and this test cannot drift apart.
#
# Where the artifacts come from: a throwaway local repository (a temporary directory) holds the two kaa artifacts
# and their parent, installed with install:install-file; everything else the project needs is read from the
# user's local repository (~/.m2/repository, as a file:// repository, releases only) when the reactor build has
# already downloaded it, else from Maven Central. Nothing is written to ~/.m2, and no kaa SNAPSHOT found there can
# stand in for the fresh ones. Needs the jars of a previous `mvn verify` (or package).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
readme="$root/README.md"
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
user_repo="${KAA_USER_REPO:-$HOME/.m2/repository}"
work=$(mktemp -d "${TMPDIR:-/tmp}/kaa-readme.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL (README project): $*" >&2
    exit 1
}

# Prints the body of the first ```$2 fence inside the README section whose heading is "## $1".
fenced_block() {
    awk -v section="## $1" -v fence="\`\`\`$2" '
        $0 == section { in_section = 1; next }
        in_section && /^## / { exit }
        in_section && !in_block && $0 == fence { in_block = 1; next }
        in_block && /^```/ { exit }
        in_block { print }
    ' "$readme"
}

# Prints the lines of the Maven snippet that follow the marker comment "<!-- in <$1>" up to the next marker.
snippet_part() {
    fenced_block "Using it in your build" xml | awk -v marker="<!-- in <$1>" '
        index($0, "<!-- in <") == 1 { in_part = (index($0, marker) == 1); next }
        in_part { print }
    '
}

for jar in runtime/target/kaa-runtime-$version.jar processor/target/kaa-processor-$version.jar; do
    [[ -f "$root/$jar" ]] || fail "$jar is missing: run mvn verify first"
done

# Every marker in the README's snippet must be one this script places.
fenced_block "Using it in your build" xml | grep -o '^<!-- in <[^ ]*' | sort -u | while read -r marker; do
    case "$marker" in
        "<!-- in <properties>:" | "<!-- in <dependencies>" | "<!-- in <build><plugins>") ;;
        *) fail "the README's Maven snippet has a part this script does not know: $marker" ;;
    esac
done
properties=$(snippet_part properties)
dependencies=$(snippet_part dependencies)
plugins=$(snippet_part "build><plugins")
example=$(fenced_block "A first coroutine" java)
run_command=$(fenced_block "A first coroutine" sh | grep '^mvn ' | head -1)
[[ -n "$dependencies" && -n "$plugins" ]] || fail "no Maven snippet found in README.md"
[[ -n "$example" ]] || fail "no Java example found under '## A first coroutine'"
[[ -n "$run_command" ]] || fail "no mvn command found under '## A first coroutine'"
main_class=$(sed -n 's/^\(public \)\{0,1\}\(abstract \)\{0,1\}class \([A-Za-z0-9_]*\).*/\3/p' <<<"$example" | head -1)
[[ -n "$main_class" ]] || fail "no top-level class in the README example"

cat >"$work/settings.xml" <<EOF
<settings>
  <localRepository>$work/repository</localRepository>
  <profiles>
    <profile>
      <id>user-repository</id>
      <repositories>
        <repository>
          <id>user-repository</id>
          <url>file://$user_repo</url>
          <releases><enabled>true</enabled></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>user-repository</id>
          <url>file://$user_repo</url>
          <releases><enabled>true</enabled></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>user-repository</activeProfile>
  </activeProfiles>
</settings>
EOF
maven=(mvn -B -q -Dstyle.color=never -s "$work/settings.xml")

started=$SECONDS
install_file=org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file
(
    cd "$work"
    "${maven[@]}" "$install_file" -Dfile="$root/pom.xml" -DpomFile="$root/pom.xml"
    "${maven[@]}" "$install_file" -Dfile="$root/runtime/target/kaa-runtime-$version.jar" \
        -DpomFile="$root/runtime/pom.xml"
    "${maven[@]}" "$install_file" -Dfile="$root/processor/target/kaa-processor-$version.jar" \
        -DpomFile="$root/processor/pom.xml"
) >"$work/install.log" 2>&1 || fail "could not install the kaa artifacts into $work/repository:"$'\n'"$(cat "$work/install.log")"
echo "installed kaa-parent, kaa-runtime, kaa-processor $version into a throwaway repository ($((SECONDS - started)) s)"

project="$work/project"
mkdir -p "$project/src/main/java"
cat >"$project/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>readme-project</artifactId>
  <version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
$properties
  </properties>
  <dependencies>
$dependencies
  </dependencies>
  <build>
    <plugins>
$plugins
    </plugins>
  </build>
</project>
EOF
printf '%s\n' "$example" >"$project/src/main/java/$main_class.java"

check_output() {
    local how=$1 output
    # Maven 3.8 prints colour resets even in batch mode without colours.
    output=$(sed 's/\x1b\[[0-9;]*m//g' <<<"$2")
    grep -qx 'working on 2' <<<"$output" || fail "$how: no 'working on 2' in the output:"$'\n'"$output"
    [[ "$(tail -1 <<<"$output")" == "the answer is 42" ]] \
        || fail "$how: the last line is not 'the answer is 42':"$'\n'"$output"
}

started=$SECONDS
read -ra command <<<"$run_command"
echo "README command: $run_command"
output=$(cd "$project" && "${command[@]}" -B -Dstyle.color=never -s "$work/settings.xml" 2>&1) \
    || fail "'$run_command' failed:"$'\n'"$output"
check_output "$run_command" "$output"
[[ -f "$project/target/generated-sources/annotations/${main_class}_Coroutines.java" ]] \
    || fail "the processor generated no ${main_class}_Coroutines.java"
echo "README command printed 'the answer is 42' ($((SECONDS - started)) s)"

runtime_jar="$work/repository/io/github/kaajava/kaa-runtime/$version/kaa-runtime-$version.jar"
output=$(cd "$project" && java -cp "target/classes:$runtime_jar" "$main_class" 2>&1) \
    || fail "java -cp target/classes:kaa-runtime-$version.jar $main_class failed:"$'\n'"$output"
check_output "java -cp" "$output"
echo "=== README project: built from the README's snippets and run with mvn exec:java and java -cp ==="
