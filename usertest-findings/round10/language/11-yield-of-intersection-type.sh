#!/bin/bash
# JDK 17 (default javac), --release 17 (same on JDK 25). yield_ of an InProgress whose value type is not denotable:
# an intersection (lub(Person, Pet) = Record & Named) or an anonymous class. The machine reads the value as
# this.<Record>awaitedValue() / this.<Object>awaitedValue() (the erasure), so using it as a Named, or reading the
# anonymous class's field, does not compile; an anonymous receiver spilled before a yield_ is typed Object too.
cd "$(dirname "$0")"; . ./common.sh
cat > $W/Main.java <<'JAVA'
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    interface Named { String name(); }
    record Person(String name) implements Named {}
    record Pet(String name) implements Named {}
    static String show(Named n) { return "<" + n.name() + ">"; }

    @Coroutine
    InProgress<String> f(boolean cached) {
        var both = List.of(new Person("ann"), new Pet("rex"));      // List<Record & Named>
        // (1) assigned to the second bound
        Named first = yield_(InProgress.finished(List.of(new Person("ann"), new Pet("rex")).get(1)));
        // (2) a member of the second bound on the result
        String a = yield_(InProgress.finished(both.get(0))).name();
        // (3) passed where the second bound is expected
        String b = show(yield_(InProgress.finished(both.get(1))));
        // (4) a conditional between two results of different record types
        Named c = yield_(cached ? InProgress.finished(new Person("cached")) : InProgress.finished(new Pet("fetched")));
        // (5) an anonymous class as the value type
        int x = yield_(InProgress.finished(new Object() { int x = 5; })).x;
        // (6) an anonymous class instance as the receiver of a call with a yield_ in its arguments (spilled as Object)
        String y = new Object() { String f(int k) { return "anon" + k; } }.f(yield_(InProgress.finished(6)));
        return done(first.name() + " " + a + " " + b + " " + c.name() + " " + x + " " + y);
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().f(true).await());   // expected: rex ann <rex> cached 5 anon6
    }
}
JAVA
kcompile --release 17 2>&1 && krun
