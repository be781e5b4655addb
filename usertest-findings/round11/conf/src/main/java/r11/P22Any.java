package r11;

import kaa.*;
import java.time.Duration;

/*
 * P22: InProgressAny finishes with (index, result) of the first child to finish; a failing child finishes it too,
 * with the exception as its value; the others go on. kaa: "Neither subscribes to its children until someone connects"
 * README: "InProgress.any(a, b, ...) finishes with the index and outcome (value or failure) of the first to finish
 * (the others go on)".
 * EXPECTED: any1 -> index 1 value "b" at 10ms, a still pending & finishable;
 *   any2 -> first is failing child index 0, failure=boom (any2 itself NOT failed);
 *   already-finished child: any3 finishes at once with its index.
 */
class P22Any {
    public static void main(String[] x) {
        V.virtual();
        var a = new InProgress<String>(); var b = new InProgress<String>();
        new OneShotTimer(() -> b.finish("b")).start(Duration.ofMillis(10));
        var r = InProgress.any(a, b).await();
        V.p("any1 = " + r + " ; a pending=" + !a.isFinished());
        a.finish("a-late");
        var c = new InProgress<String>(); var d = new InProgress<String>();
        new OneShotTimer(() -> c.fail(new RuntimeException("boom"))).start(Duration.ofMillis(5));
        var any2 = InProgress.any(c, d);
        var r2 = any2.await();
        V.p("any2 = index " + r2.index() + " isFailed=" + r2.isFailed() + " failure=" + V.name(r2.failure()) + " ; any2.failed=" + any2.isFailed());
        var any3 = InProgress.any(new InProgress<String>(), InProgress.finished("now"));
        V.p("any3 finished at once=" + any3.isFinished() + (any3.isFinished() ? " " + any3.result() : ""));
        var e = new InProgress<String>(); var f = new InProgress<String>();
        var lazy = InProgress.any(e, f);
        V.p("children listeners before anyone connects to any(): " + e.listenerCount() + "," + f.listenerCount());
    }
}
