#!/bin/bash
# A @Coroutine whose body returns null (instead of done(...)) fails with an internal NPE about a variable "ip";
# a @Threaded method doing the same gets a clear message.
set -e
H=$(cd "$(dirname "$0")" && pwd); . "$H/common.sh"
D=$(mktemp -d); cat > "$D/Nul.java" <<'JAVA'
import kaa.*;
import static kaa.Async.*;

abstract class Nul {
    @Coroutine
    InProgress<Integer> afterYield() { yield_(); return null; }                      // line 6
    @Coroutine
    InProgress<Integer> beforeYield(boolean b) { if (b) return null; yield_(); return done(1); }   // line 8
    @Threaded
    InProgress<Integer> threaded() { return null; }                                  // line 10
    public static void main(String[] a) {
        Nul n = new Nul_Coroutines();
        for (int i = 0; i < 3; i++) {
            try {
                InProgress<Integer> ip = i == 0 ? n.afterYield() : i == 1 ? n.beforeYield(true) : n.threaded();
                System.out.println("call returned: " + ip);
                ip.await();
            } catch (Throwable t) {
                t.printStackTrace(System.out);
            }
        }
    }
}
JAVA
kaa_build && kaa_run Nul
