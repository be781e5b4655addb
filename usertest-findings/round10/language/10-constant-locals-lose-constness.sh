#!/bin/bash
# JDK 17 (default javac), --release 17 (same on JDK 25 --release 21/25). A `final` local initialised with a constant
# expression is a constant variable (JLS 4.12.4). When it lives across a yield_ the machine turns it into a mutable
# field, so it stops being a constant: (a) case labels and implicit narrowing that use it no longer compile;
# (b) string constant folding/interning changes, so `==` on a constant concatenation gives a different answer.
cd "$(dirname "$0")"; . ./common.sh
echo "=== (a) case label and narrowing with a constant local: expected 'max' then 'qr'"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> f(int v) {
        final int MAX = 10;
        final char C = 'q';
        yield_();
        String r = switch (v) {
            case MAX -> "max";                 // generated: "constant expression required"
            default -> "other";
        };
        char next = C + 1;                     // generated: "possible lossy conversion from int to char"
        return done(r + "\n" + C + next);
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().f(10).await());
    }
}
JAVA
kcompile --release 17 2>&1 && krun
rm -rf $W/*; mkdir -p $W/out $W/gen
echo "=== (b) constant folding: expected 'true true', as the same body prints in a plain method"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> f() {
        final String PREFIX = "ab";
        final int N = 3;
        yield_();
        String joined = PREFIX + "x";
        return done((joined == "abx") + " " + (PREFIX + N == "ab3"));
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().f().await());
    }
}
JAVA
kcompile --release 17 2>&1 && krun
