package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P43: abort(exc): kaa `abort(exc)` throws the given exception into the generator; timeout(t, abort=True) on a
 * coroutine aborts it (its finally runs).
 * EXPECTED: body sees the same custom exception object; coroutine failed with it; leaf child aborted too.
 *   timeout(50ms, true) on a coroutine: its finally runs at 50ms, wrapper fails with InProgressTimeoutException.
 */
abstract class P43AbortCustom {
    static class Cancelled extends InProgressAbortedException { Cancelled() { super("user cancelled"); } }
    @Coroutine CoroutineInProgress<String> body(InProgress<String> leaf) {
        try { return done(yield_(leaf)); }
        catch (InProgressAbortedException e) { System.out.println("  body saw " + V.name(e)); throw e; }
        finally { V.p("  finally"); }
    }
    public static void main(String[] a) {
        V.virtual();
        var o = new P43AbortCustom_Coroutines();
        var leaf = new InProgress<String>();
        var c = o.body(leaf);
        var mine = new Cancelled();
        c.abort(mine);
        System.out.println("coroutine exception same=" + (c.exception() == mine) + " ; leaf exc=" + V.name(leaf.exception()));
        var c2 = o.body(new InProgress<>());
        var t = c2.timeout(Duration.ofMillis(50), true);
        try { t.await(); } catch (InProgressTimeoutException e) { V.p("wrapper: " + V.name(e) + " ; coroutine failed=" + c2.isFailed() + " " + V.name(c2.exception())); }
    }
}
