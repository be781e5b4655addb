package r11;

import kaa.*;
import java.time.Duration;

/*
 * P44: README: "aborting what timeout, any or all returned ... aborts each InProgress they combine that nothing else
 * awaits (an InProgress awaited elsewhere too, or through noAbort(), goes on)". kaa: abort cascades to unfinished,
 * abortable children with no other listeners.
 * EXPECTED: any(a, b).abort(): a and b aborted; all(c, d) with d also connected elsewhere: c aborted, d goes on;
 *   any(e.noAbort(), f).abort(): e goes on.
 */
class P44CombinatorAbort {
    public static void main(String[] x) {
        var a = new InProgress<String>(); var b = new InProgress<String>();
        InProgress.any(a, b).abort();
        System.out.println("any abort: a aborted=" + a.isFailed() + " b aborted=" + b.isFailed());
        var c = new InProgress<String>(); var d = new InProgress<String>();
        d.connect(v -> System.out.println("d listener " + v));
        var all = InProgress.all(c, d);
        all.connectBoth(v -> {}, e -> System.out.println("all failed: " + V.name(e)));
        all.abort();
        System.out.println("all abort: c aborted=" + c.isFailed() + " d pending=" + !d.isFinished());
        var e = new InProgress<String>(); var f = new InProgress<String>();
        InProgress.any(e.noAbort(), f).abort();
        System.out.println("any(noAbort) abort: e pending=" + !e.isFinished() + " f aborted=" + f.isFailed());
    }
}
