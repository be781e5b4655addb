package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P47: README: "a chain of 100 000 awaiting coroutines resumes in constant stack depth" and "100 000 nested
 * coroutines finishing and aborting without StackOverflowError". (kaa: re-entry is synchronous inside finish())
 * Build the chain by suspending first (yield_() before recursing), so the way down is not on one stack.
 * EXPECTED: finish -> result 100000 ; abort variant -> failed with InProgressAbortedException; no StackOverflowError.
 */
abstract class P47DeepChain {
    @Coroutine InProgress<Integer> level(int n, InProgress<Integer> leaf) {
        if (n == 0) return done(yield_(leaf));
        yield_();
        return done(1 + yield_(level(n - 1, leaf)));
    }
    @Coroutine CoroutineInProgress<Integer> top(int n, InProgress<Integer> leaf) { return done(yield_(level(n, leaf))); }
    public static void main(String[] a) {
        int N = 100_000;
        var o = new P47DeepChain_Coroutines();
        var leaf = new InProgress<Integer>();
        var t = o.top(N, leaf);
        Main.notifier().loopUntil(() -> leaf.listenerCount() > 0);
        try { leaf.finish(0); System.out.println("finished chain: " + t.result()); }
        catch (StackOverflowError e) { System.out.println("StackOverflowError on finish"); }
        var leaf2 = new InProgress<Integer>();
        var t2 = o.top(N, leaf2);
        Main.notifier().loopUntil(() -> leaf2.listenerCount() > 0);
        try { t2.abort(); System.out.println("aborted chain: failed=" + t2.isFailed() + " leaf aborted=" + leaf2.isFailed()); }
        catch (StackOverflowError e) { System.out.println("StackOverflowError on abort"); }
    }
}
