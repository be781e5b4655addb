package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P04: awaiting an unfinished InProgress with interval 0: when it finishes, "the re-entry happens synchronously
 * inside the awaited object's finish() call" (KAA_SEMANTICS). README: after yield_(ip), on the loop thread while
 * one drives the loop (an ip finished on another thread is posted there).
 * EXPECTED (kaa): inside a timer callback on the loop thread:
 *   before finish / resumed with 5 / after finish
 */
abstract class P04AwaitSync {
    @Coroutine InProgress<Void> waiter(InProgress<Integer> ip) {
        int v = yield_(ip);
        V.p("resumed with " + v);
        return done();
    }
    public static void main(String[] a) {
        V.virtual();
        var ip = new InProgress<Integer>();
        var c = new P04AwaitSync_Coroutines().waiter(ip);
        new OneShotTimer(() -> {
            V.p("before finish");
            ip.finish(5);
            V.p("after finish");
        }).start(Duration.ofMillis(1));
        c.await();
    }
}
