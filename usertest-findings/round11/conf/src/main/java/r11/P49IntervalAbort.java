package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P49: aborting a coroutine that waits for its next time slice (interval timer) stops that timer; the body
 * never runs again. kaa: abort disconnects and throws into the generator at the yield.
 * EXPECTED (virtual time): ticks at 0 and 100, abort at 150 -> finally at 150, no tick at 200; the loop then
 *   has no pending timer (the guard at 1000 is the next thing that runs).
 */
abstract class P49IntervalAbort {
    @Coroutine(interval = 100) CoroutineInProgress<Void> tick() {
        try { for (;;) { V.p("tick"); yield_(); } } finally { V.p("finally"); }
    }
    public static void main(String[] a) {
        V.virtual();
        var c = new P49IntervalAbort_Coroutines().tick();
        new OneShotTimer(c::abort).start(Duration.ofMillis(150));
        try { c.await(); } catch (InProgressAbortedException e) { V.p("aborted"); }
        new OneShotTimer(() -> V.p("guard")).start(Duration.ofMillis(850));
        Main.step();
    }
}
