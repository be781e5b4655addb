package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P24: noAbort() shields an InProgress from an abort of what waits for it (kaa noabort()).
 * EXPECTED: aborting the awaiting coroutine fails the coroutine; the shielded original stays pending and can still
 *   finish; aborting the noAbort() wrapper directly does not abort the original either.
 */
abstract class P24NoAbort {
    @Coroutine CoroutineInProgress<String> waiter(InProgress<String> ip) { return done(yield_(ip)); }
    public static void main(String[] a) {
        var orig = new InProgress<String>();
        var c = new P24NoAbort_Coroutines().waiter(orig.noAbort());
        c.abort();
        System.out.println("coroutine failed=" + c.isFailed() + " ; orig finished=" + orig.isFinished());
        var w = orig.noAbort();
        System.out.println("abort wrapper -> " + w.abort() + " ; wrapper failed=" + w.isFailed() + " ; orig finished=" + orig.isFinished());
        orig.finish("still fine");
        System.out.println("orig=" + orig.result());
    }
}
