#!/bin/bash
# JDK 17 (default javac), --release 17. README: "super.m() calls in a body" are rejected with a tagged error.
#  (a) `Named.super.greet()` (a default method of an implemented interface) is not rejected: the processor copies
#      it into the machine, where javac fails with "not an enclosing class: Named".
#  (b) `super::toString` is rejected, but the message names a call 'super.super(...)' that is not in the source.
cd "$(dirname "$0")"; . ./common.sh
echo "=== (a) Interface.super.method()"
cat > $W/Named.java <<'JAVA'
interface Named { default String greet() { return "hello"; } }
JAVA
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main implements Named {
    @Override public String greet() { return "overridden"; }

    @Coroutine
    InProgress<String> f() {
        yield_();
        return done(Named.super.greet());     // expected: hello (or a [kaa.super-in-coroutine] error)
    }
    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().f().await());
    }
}
JAVA
kcompile --release 17 2>&1 && krun
rm -rf $W/*; mkdir -p $W/out $W/gen
echo "=== (b) super::toString"
cat > $W/Main.java <<'JAVA'
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    @Coroutine
    InProgress<String> g() {
        yield_();
        Supplier<String> s = super::toString;
        return done(s.get());
    }
}
JAVA
kcompile --release 17 2>&1
