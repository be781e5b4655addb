#!/bin/bash
# JDK 25 (temurin-25), --release 25. Unnamed pattern variables and unnamed resources (JEP 456) in a coroutine with a
# yield_: the processor fails with "[kaa.internal-error] ... IllegalArgumentException: not a valid name: " (JavaPoet
# FieldSpec.builder with an empty name, from MachineWriter.write).
cd "$(dirname "$0")"; JDK=25; . ./common.sh
run_case() {   # $1 = name, $2 = body of the coroutine
  rm -rf $W/*; mkdir -p $W/out $W/gen
  cat > $W/Main.java <<JAVA
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    record Point(int x, int y) {}
    record Box(Object o) {}
    sealed interface S permits A, B {}
    record A(int v) implements S {}
    record B(String s) implements S {}
    static class Res implements AutoCloseable { public void close() { System.out.println("closed"); } }
    @Coroutine
    InProgress<String> body() {
        $2
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().body().await());
    }
}
JAVA
  echo "=== $1"; sed -n 14p $W/Main.java
  kcompile --release 25 > $W/log 2>&1; rc=$?; head -5 $W/log; [ $rc = 0 ] && krun
}
# expected: a!
run_case type-pattern     'S s = new A(1); String r = switch (s) { case A _ -> "a" + yield_(InProgress.finished("!")); case B b -> "b"; }; return done(r);'
# expected: p1
run_case var-component    'Object o = new Point(1, 2); String r = switch (o) { case Point(var x, var _) -> "p" + x + yield_(InProgress.finished("")); default -> "d"; }; return done(r);'
# expected: other1
run_case multi-pattern    'Object o = new Point(1, 2); String r = switch (o) { case Box(_), Point _ -> "other" + yield_(InProgress.finished(1)); default -> "d"; }; return done(r);'
# expected: closed, then 7
run_case twr-resource     'int n = 0; try (var _ = new Res()) { n += yield_(InProgress.finished(7)); } return done("" + n);'
