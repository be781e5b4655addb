package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P39b (minimised from P39): abort() of a coroutine called on another thread while the loop is driven.
 * README (DSL section): "Called on another thread while the loop runs, the abort is posted to the loop thread" and
 * "Where a body runs, its catch and finally included: ... after yield_(ip), on the loop thread while one drives the
 * loop". "One thread at a time drives the notifier: the thread in Main.run(), step() or loopUntil(), or in an
 * await() when no other thread drives."
 * EXPECTED in both modes: the coroutine's catch/finally run on "main" (the driving thread).
 * arg "run": main drives with Main.run(); arg "await": main drives inside c.await().
 */
abstract class P39bCrossThreadAbort {
    @Coroutine CoroutineInProgress<String> user(InProgress<String> never) {
        try { return done(yield_(never)); }
        finally { System.out.println("  finally runs on thread '" + Thread.currentThread().getName() + "'"); }
    }
    public static void main(String[] a) throws Exception {
        String mode = a.length > 0 ? a[0] : "await";
        var c = new P39bCrossThreadAbort_Coroutines().user(new InProgress<>());
        var t = new Thread(() -> {
            try { Thread.sleep(300); } catch (InterruptedException e) {}
            System.out.println("  aborter: notifier isDriven=" + Main.notifier().isDriven() + " isRunning=" + Main.isRunning());
            c.abort();
        }, "aborter");
        t.start();
        System.out.println("mode " + mode);
        if (mode.equals("run")) {
            c.connectBoth(v -> {}, e -> Main.stop());
            Main.run();
        } else {
            try { c.await(); } catch (InProgressAbortedException e) { }
        }
        System.out.println("coroutine failed=" + c.isFailed());
    }
}
