#!/usr/bin/env bash
# Checks what `mvn verify` built for the two published artifacts, as Maven Central users and JPMS see them:
# the module names (kaa-runtime is the explicit module kaa.runtime, kaa-processor the automatic module
# kaa.processor), the sources and javadoc jars beside each jar, and the licence in each jar. Run after a build.
set -euo pipefail

cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# Usage: check_artifact dir artifact expected-first-line-of-describe-module
check_artifact() {
    local dir=$1 artifact=$2 expected=$3
    local jar="$dir/target/$artifact-$version.jar"
    if [[ ! -f "$jar" ]]; then
        fail "$jar is missing"
        return
    fi
    local described
    described=$(jar --describe-module --file "$jar" | grep -v '^No module descriptor found' | grep -v '^$' | head -1)
    [[ "$described" == "$expected"* ]] || fail "$jar describes itself as '$described', expected '$expected…'"
    for classifier in sources javadoc; do
        [[ -s "$dir/target/$artifact-$version-$classifier.jar" ]] || fail "$artifact-$version-$classifier.jar is missing"
    done
    for file in META-INF/LICENSE META-INF/NOTICE; do
        unzip -l "$jar" "$file" >/dev/null 2>&1 || fail "$jar has no $file"
    done
    echo "$artifact: $described"
}

check_artifact runtime kaa-runtime "kaa.runtime@$version jar:"
check_artifact processor kaa-processor "kaa.processor@$version automatic"

if ((failures > 0)); then
    echo "=== published jars: $failures problem(s) ==="
    exit 1
fi
echo "=== published jars: module names, sources, javadoc and licence checked ==="
