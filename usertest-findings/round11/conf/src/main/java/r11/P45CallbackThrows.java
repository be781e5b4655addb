package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P45: an InProgress callback that throws. README: "Any other code that throws (a task, timer, signal or
 * InProgress callback) is reported on Notifier.exceptionSignal() (or logged), and the loop goes on."
 * kaa: exceptions in signal callbacks are logged and the next callback still runs.
 * EXPECTED: exceptionSignal reports "cb1"; cb2 still runs; the coroutine awaiting the same InProgress still resumes;
 *   finish() itself does not throw to the finishing code.
 */
abstract class P45CallbackThrows {
    @Coroutine InProgress<String> waiter(InProgress<String> ip) { return done("resumed with " + yield_(ip)); }
    public static void main(String[] a) {
        Main.notifier().exceptionSignal().connect(e -> System.out.println("exceptionSignal: " + V.name(e)));
        var ip = new InProgress<String>();
        ip.connect(v -> { throw new RuntimeException("cb1"); });
        var c = new P45CallbackThrows_Coroutines().waiter(ip);
        ip.connect(v -> System.out.println("cb2 ran with " + v));
        try { ip.finish("v"); System.out.println("finish() returned normally"); }
        catch (RuntimeException e) { System.out.println("finish() threw " + V.name(e)); }
        System.out.println("coroutine: " + (c.isFinished() ? c.result() : "not resumed"));
    }
}
