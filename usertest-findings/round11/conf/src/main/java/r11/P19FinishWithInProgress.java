package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P19: kaa: "finish(value) ... finishing with an unfinished InProgress chains to it"; waitfor(other) follows another.
 * README: in a coroutine "return ip; finishes the coroutine with whatever ip finishes with (value or failure)".
 * For a plain InProgress, README only says "finish(value)".
 * EXPECTED (kaa): outer stays pending until inner finishes, then has inner's value "deep".
 * Coroutine form (README): return ip -> chained.
 */
abstract class P19FinishWithInProgress {
    @Coroutine InProgress<String> chain(InProgress<String> inner) { yield_(); return inner; }
    public static void main(String[] a) {
        var inner = new InProgress<Object>();
        var outer = new InProgress<Object>();
        outer.finish(inner);
        System.out.println("plain: outer finished=" + outer.isFinished() + (outer.isFinished() ? " value is the inner InProgress itself: " + (outer.result() == inner) : ""));
        inner.finish("deep");
        System.out.println("plain: after inner.finish outer.result=" + outer.result());

        var in2 = new InProgress<String>();
        var c = new P19FinishWithInProgress_Coroutines().chain(in2);
        Main.notifier().loopUntil(() -> in2.listenerCount() > 0 || c.isFinished());
        System.out.println("coroutine: finished before inner=" + c.isFinished());
        in2.finish("deep2");
        System.out.println("coroutine: result=" + c.result());
    }
}
