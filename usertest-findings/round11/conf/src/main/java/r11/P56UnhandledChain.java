package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P56: a failure awaited by a coroutine counts as handled even if the coroutine does not catch it (it propagates);
 * only the outermost, unobserved InProgress is unhandled. kaa: "that failure counts as handled".
 * EXPECTED: exactly ONE "Unhandled InProgress failure" report (for outer), not one per level.
 */
abstract class P56UnhandledChain {
    @Coroutine InProgress<String> inner(InProgress<String> g) { return done(yield_(g)); }
    @Coroutine InProgress<String> outer(InProgress<String> g) { return done(yield_(inner(g))); }
    public static void main(String[] a) throws Exception {
        var g = new InProgress<String>();
        new P56UnhandledChain_Coroutines().outer(g);
        g.fail(new IllegalStateException("deep failure"));
        System.out.println("main ends; count the reports on stderr");
    }
}
