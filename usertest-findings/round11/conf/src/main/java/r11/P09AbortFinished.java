package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P09: aborting a finished coroutine. kaa: "Aborting a finished coroutine is an error" (raises).
 * README: says nothing about abort() on a finished InProgress; abort() returns a boolean (javap).
 * EXPECTED (kaa): an exception; acceptable Java equivalent: a documented false/exception.
 */
abstract class P09AbortFinished {
    @Coroutine CoroutineInProgress<Integer> quick() { return done(1); }
    public static void main(String[] a) {
        var c = new P09AbortFinished_Coroutines().quick();
        try {
            boolean r = c.abort();
            System.out.println("abort() on finished coroutine returned " + r + "; still result=" + c.result() + " failed=" + c.isFailed());
        } catch (RuntimeException e) { System.out.println("abort() threw " + V.name(e)); }
        var p = InProgress.finished("x");
        try { System.out.println("abort() on finished InProgress returned " + p.abort()); }
        catch (RuntimeException e) { System.out.println("abort() on finished InProgress threw " + V.name(e)); }
    }
}
