package r11;

import kaa.*;
import java.time.Duration;

/*
 * P57 (observation, not in the README): kaa's loop(condition, timeout) takes a relative timeout. kaa-java has
 * Notifier.loopUntil(BooleanSupplier, long): what is the long? Try 300 ms as relative nanos and as an absolute
 * deadline on the notifier's clock.
 */
class P57LoopTimeout {
    public static void main(String[] a) {
        var n = Main.notifier();
        long t0 = System.nanoTime();
        boolean r1 = n.loopUntil(() -> false, Duration.ofMillis(300).toNanos());
        long ms1 = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        boolean r2 = n.loopUntil(() -> false, n.nanoTime() + Duration.ofMillis(300).toNanos());
        long ms2 = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("loopUntil(false, 300ms as relative nanos) -> " + r1 + " after " + (ms1 < 100 ? "<100ms" : "~" + ms1 / 100 * 100 + "ms"));
        System.out.println("loopUntil(false, now+300ms deadline)      -> " + r2 + " after " + (ms2 < 100 ? "<100ms" : "~" + ms2 / 100 * 100 + "ms"));
    }
}
