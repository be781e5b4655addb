#!/bin/bash
# JDK 25 (temurin-25), --release 25. Unnamed variables `_` (JEP 456, final since Java 22) whose scope spans a yield_:
# the generated machine declares a variable with an empty name, which javac rejects.
# Four independent cases; each should print its comment's expected value.
cd "$(dirname "$0")"; JDK=25; . ./common.sh
run_case() {   # $1 = name, $2 = body of the coroutine
  rm -rf $W/*; mkdir -p $W/out $W/gen
  cat > $W/Main.java <<JAVA
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> body() {
        $2
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().body().await());
    }
}
JAVA
  echo "=== $1"; sed -n 8p $W/Main.java
  kcompile --release 25 && krun
}
# expected: 3
run_case enhanced-for  'int n = 0; for (var _ : List.of(1, 2, 3)) { yield_(); n++; } return done("" + n);'
# expected: ok
run_case local-var     'int _ = yield_(InProgress.finished(4)); return done("ok");'
# expected: 20
run_case for-init      'int n = 0; for (int i = 0, _ = yield_(InProgress.finished(5)); i < 2; i++) n += 10; return done("" + n);'
# expected: caught
run_case catch-param   'try { yield_(InProgress.failed(new IllegalStateException("x"))); } catch (IllegalStateException _) { return done("caught"); } return done("no");'
