#!/bin/bash
# JDK 17 (default javac), --release 17. An `assert` in a coroutine of a NESTED class. JLS 14.10: an assert is enabled iff
# the TOP-LEVEL class that lexically contains it enables assertions; javac's code follows that, the machine asks the
# nested class itself (Outer.In.class.desiredAssertionStatus()), so class-specific -ea/-da switches diverge.
cd "$(dirname "$0")"; . ./common.sh
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public class Main {
    abstract static class In {
        @Coroutine
        InProgress<String> check(int x) {
            yield_();
            assert x > 0 : "x must be positive";
            return done("ok " + x);
        }
        String plainCheck(int x) {
            assert x > 0 : "x must be positive";
            return "ok " + x;
        }
    }
    public static void main(String[] args) {
        In a = new Main_In_Coroutines();
        try { System.out.println("plain:     " + a.plainCheck(-1)); } catch (AssertionError e) { System.out.println("plain:     AssertionError " + e.getMessage()); }
        try { System.out.println("coroutine: " + a.check(-1).await()); } catch (AssertionError e) { System.out.println("coroutine: AssertionError " + e.getMessage()); }
    }
}
JAVA
kcompile --release 17 || exit 1
echo "=== java -ea:Main (expected: both AssertionError)"; krun -ea:Main
echo "=== java -ea -da:Main (expected: both ok -1)"; krun -ea -da:Main
grep -n "desiredAssertionStatus" $W/gen/*Machines.java
