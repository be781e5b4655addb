package r11;

import kaa.*;
import java.time.Duration;

/*
 * P28b: timers due at the same time run in the order they were started (kaa), also when the later ones were started
 * first in wall-clock terms at different call sites; posted callbacks (same thread) run in post order.
 * EXPECTED: t1 t2 t3 (all 10ms), then p1 p2 p3 in post order.
 */
class P28bSameDeadline {
    public static void main(String[] a) {
        V.virtual();
        for (int i = 1; i <= 3; i++) { int k = i; new OneShotTimer(() -> V.p("t" + k)).start(Duration.ofMillis(10)); }
        for (int i = 1; i <= 3; i++) { int k = i; Main.post(() -> V.p("p" + k)); }
        var end = new InProgress<Void>();
        new OneShotTimer(() -> end.finish(null)).start(Duration.ofMillis(20));
        end.await();
    }
}
