#!/bin/bash
# JDK 25 (temurin-25), --release 25 --enable-preview (primitive types in patterns and switch, JEP 507, preview).
# A switch on a boolean with both `case true` and `case false` and a yield_ in an arm: the generated machine ends the
# lowered (exhaustive) switch with a statement javac rejects as unreachable.
cd "$(dirname "$0")"; JDK=25; . ./common.sh
run_case() {
  rm -rf $W/*; mkdir -p $W/out $W/gen
  cat > $W/Main.java <<JAVA
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> body(boolean f) {
        $2
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().body(false).await());
    }
}
JAVA
  echo "=== $1 (expected: F)"; sed -n 7p $W/Main.java
  kcompile --release 25 --enable-preview -Xlint:-preview > $W/log 2>&1; rc=$?; grep -v '^Note' $W/log | head -6; [ $rc = 0 ] && krun --enable-preview
}
run_case switch-expression 'String u = switch (f) { case true -> "T"; case false -> yield_(InProgress.finished("F")); }; return done(u);'
run_case switch-statement  'String u = ""; switch (f) { case true -> u = "T"; case false -> u = yield_(InProgress.finished("F")); } return done(u);'
