package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P16: POLICY_PASS_LAST: the body is always entered and receives the most recent unfinished invocation (or none).
 * EXPECTED: enter 1 last=null ; enter 2 last=<c1> ; enter 3 last=<c2> ; chained result "1>2>3" once gates finish;
 *   after all finish, enter 4 last=null.
 */
abstract class P16PassLast {
    @Coroutine(policy = Policy.PASS_LAST)
    InProgress<String> step(String n, InProgress<Void> gate) {
        InProgress<String> prev = last();
        System.out.println("  enter " + n + " last=" + (prev == null ? "null" : "unfinished invocation, finished=" + prev.isFinished()));
        String before = prev == null ? "" : yield_(prev) + ">";
        yield_(gate);
        return done(before + n);
    }
    public static void main(String[] a) {
        var o = new P16PassLast_Coroutines();
        var g1 = new InProgress<Void>(); var g2 = new InProgress<Void>(); var g3 = new InProgress<Void>();
        var c1 = o.step("1", g1); var c2 = o.step("2", g2); var c3 = o.step("3", g3);
        g3.finish(null); g2.finish(null); g1.finish(null);
        System.out.println("c3=" + c3.result());
        o.step("4", InProgress.finished(null));
    }
}
