package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P48: SYNCHRONIZED: the next queued body starts when the previous invocation finishes "failed or aborted included"
 * (README) — here the RUNNING invocation is aborted. PASS_LAST: a body awaiting last() which fails sees the failure.
 * SINGLETON: aborting the shared InProgress aborts it for every caller.
 * EXPECTED: abort running #1 -> "enter 2" at once (inside abort); PASS_LAST #2 catches "first failed";
 *   SINGLETON: both handles failed.
 */
abstract class P48PolicyFailures {
    @Coroutine(policy = Policy.SYNCHRONIZED) CoroutineInProgress<Void> sync(int n, InProgress<Void> g) {
        System.out.println("  enter " + n); yield_(g); return done();
    }
    @Coroutine(policy = Policy.PASS_LAST) InProgress<String> chain(String n, InProgress<String> g) {
        InProgress<String> prev = last();
        if (prev != null) {
            try { yield_(prev); } catch (RuntimeException e) { System.out.println("  " + n + " saw previous failure: " + e.getMessage()); }
        }
        return done(n + yield_(g));
    }
    @Coroutine(policy = Policy.SINGLETON) CoroutineInProgress<String> single(InProgress<String> g) { return done(yield_(g)); }
    public static void main(String[] a) {
        var o = new P48PolicyFailures_Coroutines();
        var c1 = o.sync(1, new InProgress<>());
        var c2 = o.sync(2, InProgress.finished(null));
        System.out.println("abort running #1");
        c1.abort();
        System.out.println("after abort: c2 finished=" + c2.isFinished());
        var g1 = new InProgress<String>();
        var p1 = o.chain("first", g1);
        var p2 = o.chain("second", InProgress.finished("!"));
        g1.fail(new RuntimeException("first failed"));
        p1.connectBoth(v -> {}, e -> {});
        System.out.println("p2=" + p2.result());
        var s1 = o.single(new InProgress<>());
        var s2 = o.single(new InProgress<>());
        s2.abort();
        System.out.println("singleton: s1 failed=" + s1.isFailed() + " s2 failed=" + s2.isFailed());
    }
}
