package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P55: kaa: "abort(exc) (error if not abortable; an `abort` signal lets the producer stop work)"; in the cascade the
 * awaited object is aborted only "if that object is unfinished, has no other listeners and is abortable".
 * (kaa.base: a plain InProgress is abortable only when something is connected to its abort signal or it was marked
 * abortable.) README: "`abort()` on a coroutine's InProgress ...", "the awaited InProgress is aborted too when
 * nothing else waits for it"; it does not mention abortability.
 * EXPECTED (kaa): (1) abort() of a plain InProgress nobody made abortable -> error, it stays pending;
 *   (2) aborting a coroutine that awaits such a plain InProgress -> the coroutine fails, the plain one stays pending.
 */
abstract class P55Abortable {
    @Coroutine CoroutineInProgress<String> waiter(InProgress<String> ip) { return done(yield_(ip)); }
    public static void main(String[] a) {
        var plain = new InProgress<String>();
        try { System.out.println("(1) abort() of a plain InProgress with no abort listener -> " + plain.abort() + " ; it is now failed=" + plain.isFailed()); }
        catch (RuntimeException e) { System.out.println("(1) abort() threw " + V.name(e)); }
        var leaf = new InProgress<String>();
        var c = new P55Abortable_Coroutines().waiter(leaf);
        c.abort();
        System.out.println("(2) coroutine failed=" + c.isFailed() + " ; plain leaf (no abort listener) aborted=" + leaf.isFailed());
    }
}
