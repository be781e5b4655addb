#!/bin/bash
# A @Threaded job's failure awaited from plain code keeps the worker thread's raw trace (generated lambda,
# kaa.ThreadPool$Job.run, Thread.run) and loses the caller of await(); the same failure awaited through a
# coroutine, or a coroutine's failure awaited from main, is rewritten down to main's await() line.
set -e
H=$(cd "$(dirname "$0")" && pwd); . "$H/common.sh"
D=$(mktemp -d); cat > "$D/Tr.java" <<'JAVA'
import kaa.*;
import static kaa.Async.*;

abstract class Tr {
    @Threaded
    InProgress<Integer> parse(String s) {
        return done(Integer.parseInt(s));                        // line 7
    }
    @Coroutine
    InProgress<Integer> viaCoroutine(String s) {
        return done(yield_(parse(s)));                            // line 11
    }
    static void show(String what, Runnable r) {
        try { r.run(); } catch (RuntimeException e) {
            System.out.println("--- " + what);
            for (StackTraceElement el : e.getStackTrace())
                if (!el.getClassName().startsWith("java.")) System.out.println("  " + el);
        }
    }
    public static void main(String[] a) {
        Tr t = new Tr_Coroutines();
        show("@Threaded awaited from main", () -> t.parse("x").await());                       // line 22
        show("@Threaded awaited through a coroutine", () -> t.viaCoroutine("x").await());      // line 23
        show("ThreadPool.startThread awaited from main",
             () -> ThreadPool.startThread("t", () -> Integer.parseInt("x")).await());         // line 25
    }
}
JAVA
kaa_build && kaa_run Tr
