#!/bin/bash
# JDK 17 (default javac), --release 17. Constructor reference to an inner (non-static) member class in a coroutine body.
cd "$(dirname "$0")"; . ./common.sh
cat > $W/Main.java <<'JAVA'
import java.util.function.IntFunction;
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    int base = 10;
    class Inner {
        final int v;
        Inner(int v) { this.v = base + v; }
    }

    @Coroutine
    InProgress<Integer> make() {
        IntFunction<Inner> ctor = Inner::new;  // javac: fine (enclosing instance is this)
        yield_();
        return done(ctor.apply(1).v);
    }

    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().make().await());   // expected 11
    }
}
JAVA
kcompile --release 17 && krun
echo "--- generated line:"; grep -n "::new" $W/gen/Main_CoroutineMachines.java
