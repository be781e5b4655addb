#!/usr/bin/env bash
# A missing import of a generic type used in a coroutine's signature crashes the processor on JDK 17 ([kaa.internal-error] + stack trace)
set -u; HERE=$(cd "$(dirname "$0")" && pwd); W=$(mktemp -d)
# "Using it in your build" says (runtime dependency, processor on annotationProcessorPaths, compiler 3.13.0).
# Offline; uses the installed io.github.kaajava 0.1.0-SNAPSHOT artifacts from ~/.m2.
M2=${M2:-$HOME/.m2/repository}
RT=$M2/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
PP=$M2/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M2/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
new_project() {   # new_project DIR [extra <compilerArgs> xml]
  rm -rf "$1"; mkdir -p "$1/src/main/java/demo"
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>demo</artifactId><version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>io.github.kaajava</groupId><artifactId>kaa-runtime</artifactId><version>0.1.0-SNAPSHOT</version></dependency>
  </dependencies>
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin>
      <groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>
      <configuration>
        ${2:-}
        <annotationProcessorPaths>
          <path><groupId>io.github.kaajava</groupId><artifactId>kaa-processor</artifactId><version>0.1.0-SNAPSHOT</version></path>
        </annotationProcessorPaths>
      </configuration>
    </plugin>
  </plugins></build>
</project>
POM
}
mvn_compile() {   # mvn_compile DIR [mvn args]: prints the compiler's messages without Maven's boilerplate
  (cd "$1" && shift && mvn -o -B "$@" compile 2>&1) | sed 's/\x1b\[[0-9;]*m//g' \
    | grep -v -E '^\[ERROR\] (Failed to execute|\[Help|To see|Re-run|For more)|^\[ERROR\] *$|^\[ERROR\] -> |^\[INFO\] (Scanning|Building|---|-+$|Total time|Finished at|Recompiling|Nothing to compile|Changes detected|skip non existing)|^\[INFO\] *$|^\[INFO\] -+'
}
javac_compile() { # javac_compile DIR [javac args]: plain javac with the processor, as the README shows
  local d=$1; shift; rm -rf "$d/jout"; mkdir -p "$d/jout/gen"
  (cd "$d" && javac "$@" -d jout -s jout/gen -cp "$RT" -processorpath "$PP" $(find src -name '*.java') 2>&1)
}
javac_noproc() {  # the same sources with -proc:none (what javac alone says)
  local d=$1; shift; rm -rf "$d/jout"; mkdir -p "$d/jout"
  (cd "$d" && javac "$@" -proc:none -d jout -cp "$RT" $(find src -name '*.java') 2>&1)
}
new_project "$W"
cat > "$W/src/main/java/demo/Sums.java" <<'JAVA'
package demo;

import kaa.*;
import static kaa.Async.*;
// the mistake: forgot "import java.util.List;"

public final class Sums {
    @Coroutine
    public static InProgress<Integer> sum(List<Integer> xs) {
        int s = 0;
        for (int x : xs) {
            yield_();
            s += x;
        }
        return done(s);
    }
}
JAVA
echo "### mvn -o -q compile (JDK $(java -version 2>&1 | head -1))"
mvn_compile "$W" -q | grep -v -E '^(\[ERROR\])?[[:space:]]+at (org\.(apache|codehaus)|java\.base|jdk\.compiler/com\.sun\.tools\.javac\.(api|main|processing))'
echo; echo "### plain javac with the processor"
javac_compile "$W" | grep -v '^  	at '
echo; echo "### javac -proc:none (what javac alone says)"
javac_noproc "$W"
J25=/usr/lib/jvm/temurin-25-jdk-amd64/bin
if [ -x $J25/javac ]; then
  echo; echo "### for comparison, plain javac of JDK 25 with the processor (no crash there; see finding 02)"
  rm -rf "$W/jout"; mkdir -p "$W/jout/gen"
  (cd "$W" && $J25/javac -d jout -s jout/gen -cp "$RT" -processorpath "$PP" $(find src -name '*.java') 2>&1)
fi
