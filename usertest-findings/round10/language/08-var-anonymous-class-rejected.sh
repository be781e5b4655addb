#!/bin/bash
# JDK 17 (default javac), --release 17; the same on JDK 25. `var x = new Object() {...}` inside a coroutine body is
# always rejected with [kaa.var-anonymous-class], even in a class that compiles cleanly and even when no yield_ is
# near it. The README lists this as an error only when the processor's private copy of the class does not compile
# (the fallback to javac's own trees); here the copy compiles (-Akaa.attribution=copy-only gives the same error), and
# the same declaration in a plain method of the class is accepted.
cd "$(dirname "$0")"; . ./common.sh
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    String plain() {
        var counter = new Object() { int count; String hi() { return "hi" + count; } };   // accepted
        counter.count = 3;
        return counter.hi();
    }

    @Coroutine
    InProgress<String> body() {
        var counter = new Object() { int count; String hi() { return "hi" + count; } };   // rejected
        counter.count = 3;
        return done(counter.hi());
    }

    public static void main(String[] args) {
        Main m = new Main_Coroutines();
        System.out.println(m.plain() + " " + m.body().await());   // expected: hi3 hi3
    }
}
JAVA
kcompile --release 17 2>&1 && krun
