#!/bin/bash
# JDK 17 (default javac), --release 17 (same on JDK 25). A local record with a compact canonical constructor that
# reads a component (`lo`) while the coroutine body also has a local variable of that name living across a yield_:
# the processor renames the hoisted local to lo_2 and also renames the compact constructor's use of the component,
# so the generated record does not compile ("cannot find symbol lo_2"). (b) With an explicit canonical constructor
# the parameters themselves are renamed, which javac rejects: "invalid parameter names in canonical constructor".
cd "$(dirname "$0")"; . ./common.sh
echo "=== (a) compact constructor"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> f(int lo, int hi) {
        record Range(int lo, int hi) {
            Range { if (lo > hi) throw new IllegalArgumentException(lo + " > " + hi); }
        }
        Range r = new Range(lo, hi);
        yield_();
        return done(r + " from " + lo);
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().f(1, 5).await());   // expected: Range[lo=1, hi=5] from 1
    }
}
JAVA
kcompile --release 17 2>&1 && krun
rm -rf $W/*; mkdir -p $W/out $W/gen
echo "=== (b) explicit canonical constructor; expected: Pair[a=A, b=b] b"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> f(String a, String b) {
        record Pair(String a, String b) {
            Pair(String a, String b) { this.a = a.toUpperCase(); this.b = b; }
        }
        Pair p = new Pair(a, b);
        yield_();
        return done(p + " " + b);
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().f("a", "b").await());
    }
}
JAVA
kcompile --release 17 2>&1 && krun
