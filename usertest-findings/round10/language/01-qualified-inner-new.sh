#!/bin/bash
# JDK 17 (default javac), --release 17 (same on JDK 25). Creating instances of an inner (non-static) member class of
# the coroutine class in a coroutine body. A plain `new Inner(..)` directly in the body or in a lambda works
# (the machine writes self.new Inner(..)), but:
#  (a) qualified creation `this.new Inner(..)`, `expr.new Inner(..)`, `inner.new Deeper()` is written as
#      `self.new Main.Inner(..)`, which is not Java syntax ("'(' expected");
#  (b) `new Inner(..)` inside a local class or an anonymous class of the body is written as `new Main.Inner(..)`
#      without an enclosing instance ("an enclosing instance that contains Main.Inner is required").
cd "$(dirname "$0")"; . ./common.sh
echo "=== (a) qualified inner class creation; expected: 3 20"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    class Inner {
        final int v;
        Inner(int v) { this.v = v; }
        class Deeper { int w() { return v * 10; } }
    }

    @Coroutine
    InProgress<String> make() {
        Inner a = this.new Inner(1);
        Main me = this;
        Inner b = me.new Inner(2);
        Inner.Deeper d = b.new Deeper();
        yield_();
        return done((a.v + b.v) + " " + d.w());
    }

    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().make().await());
    }
}
JAVA
kcompile --release 17 2>&1 && krun
rm -rf $W/*; mkdir -p $W/out $W/gen
echo "=== (b) new Inner(..) inside a local class and an anonymous class; expected: anon 4, then 5 6"
cat > $W/Main.java <<'JAVA'
import kaa.*;
import static kaa.Async.*;

public abstract class Main {
    int field = 3;
    class Inner {
        final int v;
        Inner(int v) { this.v = v + field; }
    }

    @Coroutine
    InProgress<String> make() {
        class Loc {
            Inner make(int k) { return new Inner(k); }
        }
        Runnable r = new Runnable() {
            public void run() { System.out.println("anon " + new Inner(1).v); }
        };
        yield_();
        r.run();
        return done(new Loc().make(2).v + " " + new Loc().make(3).v);
    }

    public static void main(String[] args) {
        System.out.println(new Main_Coroutines().make().await());
    }
}
JAVA
kcompile --release 17 2>&1 && krun
