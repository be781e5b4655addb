#!/usr/bin/env bash
# A mistake in a coroutine body that the processor meets (a type error; in a class with a nested record constructor, any mistake) stops javac: errors in OTHER files are not shown until it is fixed
set -u; HERE=$(cd "$(dirname "$0")" && pwd); W=$(mktemp -d)
# Sourced by each repro.sh: new_project DIR creates an empty Maven project set up as the README's
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
write() {   # write COMPACT_CONSTRUCTOR(yes|no) BODY_MISTAKE
  new_project "$W"
  local ctor=''
  [ "$1" = yes ] && ctor='Price { if (cents < 0) throw new IllegalArgumentException("cents"); }'
  cat > "$W/src/main/java/demo/Shop.java" <<JAVA
package demo;

import kaa.*;
import static kaa.Async.*;

public abstract class Shop {
    record Price(long cents) {
        $ctor
    }

    @Coroutine
    InProgress<Price> price(String sku) {
        yield_();
        $2
        return done(new Price(n));
    }
}
JAVA
  cat > "$W/src/main/java/demo/Labels.java" <<'JAVA'
package demo;

public final class Labels {
    static String label(long cents) {
        return cents / 100;                         // mistake in another, plain file: long is not a String
    }
}
JAVA
}
TYPE_ERR='String n = yield_(InProgress.finished(sku.length()));   // mistake: the value is an Integer'
SYM_ERR='int n = sku.lenght();                                  // mistake: lenght'
write no "$TYPE_ERR"
echo "### A. type error at a yield_ (no record constructor): mvn -o -q compile -> only Shop.java's error, Labels.java's is missing"
mvn_compile "$W" -q
echo; echo "### A. javac -proc:none shows both"
javac_noproc "$W"
write yes "$SYM_ERR"
echo; echo "### B. misspelled method, class has a record with a compact constructor: mvn -o -q compile -> only Shop.java's error"
mvn_compile "$W" -q
write no "$SYM_ERR"
echo; echo "### C. the same misspelled method without the compact constructor: mvn -o -q compile -> both errors, as javac alone"
mvn_compile "$W" -q

# D. A declaration error in one class hides the processor's own body errors in ANOTHER, correctly declared class.
new_project "$W"
cat > "$W/src/main/java/demo/Room.java" <<'JAVA'
package demo;

import kaa.*;
import static kaa.Async.*;

public class Room {                                   // mistake 1: not abstract
    @Coroutine
    InProgress<Integer> size() {
        yield_();
        return done(1);
    }
}
JAVA
cat > "$W/src/main/java/demo/Lobby.java" <<'JAVA'
package demo;

import kaa.*;
import static kaa.Async.*;

public abstract class Lobby {                         // declared correctly
    @Coroutine
    InProgress<Integer> wait(int n) {
        yield_();
        return null;                                  // mistake 2: [kaa.return-null]
    }
}
JAVA
echo; echo "### D. Room is not abstract, Lobby's body has 'return null': mvn -o -q compile -> only Room's error"
mvn_compile "$W" -q
sed -i 's/^public class Room/public abstract class Room/' "$W/src/main/java/demo/Room.java"
echo; echo "### D. after fixing only Room, the next build shows Lobby's error"
mvn_compile "$W" -q
