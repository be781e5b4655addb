package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P14: POLICY_SYNCHRONIZED: calls are queued without entering the body; each body starts synchronously when the
 * previous invocation finishes (failed or aborted included); aborting a queued invocation fails it at once and its
 * body never runs. State is per instance.
 * EXPECTED:
 *   enter 1 ; (calls 2,3,4 print nothing) ; abort 3 -> failed at once
 *   finish gate1 -> "enter 2" printed INSIDE finish (before "after finish 1")
 *   fail gate2 -> "enter 4" inside (3 skipped, its body never ran); another instance's call enters at once.
 */
abstract class P14Synchronized {
    @Coroutine(policy = Policy.SYNCHRONIZED)
    CoroutineInProgress<String> job(int n, InProgress<String> gate) {
        System.out.println("  enter " + n);
        return done(n + ":" + yield_(gate));
    }
    public static void main(String[] a) {
        var o = new P14Synchronized_Coroutines();
        var gates = new java.util.ArrayList<InProgress<String>>();
        for (int i = 0; i < 5; i++) gates.add(new InProgress<>());
        var c1 = o.job(1, gates.get(1));
        var c2 = o.job(2, gates.get(2));
        var c3 = o.job(3, gates.get(3));
        var c4 = o.job(4, gates.get(4));
        System.out.println("queued: c2 finished=" + c2.isFinished());
        System.out.println("abort c3 -> " + c3.abort() + ", c3 failed=" + c3.isFailed());
        System.out.println("other instance:");
        new P14Synchronized_Coroutines().job(9, InProgress.finished("x"));
        System.out.println("finish gate1");
        gates.get(1).finish("a");
        System.out.println("after finish 1: c1=" + c1.result());
        System.out.println("fail gate2");
        gates.get(2).fail(new RuntimeException("bad"));
        System.out.println("after fail 2: c2 failed=" + c2.isFailed());
        gates.get(4).finish("d");
        System.out.println("c4=" + c4.result());
    }
}
