package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P13: two "known kaa bugs the port fixes":
 *  (1) an aborted coroutine with no exception listener never became finished  -> must be finished (failed) now;
 *  (4) the abort signal fired twice on a coroutine abort                         -> must fire exactly once.
 * EXPECTED: finished=true failed=true, abortSignal count=1; a second abort() changes nothing (count stays 1).
 */
abstract class P13KnownBugsAbort {
    @Coroutine CoroutineInProgress<Void> sleeper() {
        for (;;) yield_(new InProgress<Void>());
    }
    public static void main(String[] a) {
        var c = new P13KnownBugsAbort_Coroutines().sleeper();
        int[] n = {0};
        c.abortSignal().connect(e -> { n[0]++; System.out.println("abortSignal: " + V.name(e)); });
        System.out.println("abort() -> " + c.abort());
        System.out.println("finished=" + c.isFinished() + " failed=" + c.isFailed() + " abortSignal count=" + n[0]);
        System.out.println("abort() again -> " + c.abort() + ", abortSignal count=" + n[0]);
        // a callback connected after the abort still sees the failure
        c.connectBoth(v -> System.out.println("late value?!"), e -> System.out.println("late exception listener: " + V.name(e)));
    }
}
