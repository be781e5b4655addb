package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P07: on finishing, the generator is closed first (finally blocks run), then result callbacks fire.
 * EXPECTED (kaa): finally / callback got 1   (also for a failure: finally2 / callback-failure boom)
 */
abstract class P07FinallyBeforeCallbacks {
    @Coroutine InProgress<Integer> ok() {
        try { yield_(); return done(1); } finally { System.out.println("finally"); }
    }
    @Coroutine InProgress<Integer> bad() {
        try { yield_(); throw new RuntimeException("boom"); } finally { System.out.println("finally2"); }
    }
    public static void main(String[] a) {
        var o = new P07FinallyBeforeCallbacks_Coroutines();
        var x = o.ok();
        x.connect(v -> System.out.println("callback got " + v));
        var y = o.bad();
        y.connectBoth(v -> System.out.println("callback value " + v), e -> System.out.println("callback-failure " + e.getMessage()));
        InProgress.all(x.noAbort(), y.timeout(java.time.Duration.ofSeconds(5))).connectBoth(v -> {}, e -> {});
        Main.notifier().loopUntil(() -> x.isFinished() && y.isFinished());
    }
}
