package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P11: a body that catches the abort and then wants to go on.
 * kaa: "If the generator catches it and yields something that needs re-entry, that is an error"; uncaught,
 * it ends the coroutine failed. README: "the coroutine ends failed whatever the body does".
 * EXPECTED: (1) catch + yield_() again: coroutine failed (InProgressAbortedException), code after the 2nd yield_
 *   never runs, nothing hangs; (2) catch + return done("swallowed"): coroutine still failed, not "swallowed";
 *   (3) catch + yield_(other) : the other is not awaited further; coroutine failed.
 */
abstract class P11AbortReentry {
    @Coroutine CoroutineInProgress<String> stubbornYield(InProgress<Void> w) {
        try { yield_(w); } catch (InProgressAbortedException e) {
            System.out.println("  caught, yielding again");
            yield_();
            System.out.println("  !! ran after second yield_ (should not)");
        }
        return done("end");
    }
    @Coroutine CoroutineInProgress<String> swallow(InProgress<Void> w) {
        try { yield_(w); } catch (InProgressAbortedException e) { System.out.println("  caught, returning a value"); return done("swallowed"); }
        return done("end");
    }
    @Coroutine CoroutineInProgress<String> awaitAgain(InProgress<Void> w, InProgress<String> other) {
        try { yield_(w); } catch (InProgressAbortedException e) {
            System.out.println("  caught, awaiting another InProgress");
            return done(yield_(other));
        }
        return done("end");
    }
    public static void main(String[] a) {
        var o = new P11AbortReentry_Coroutines();
        var c1 = o.stubbornYield(new InProgress<>());
        c1.abort();
        for (int i = 0; i < 3; i++) Main.post(() -> {});
        Main.notifier().loopUntil(() -> true);
        System.out.println("1: finished=" + c1.isFinished() + " exc=" + V.name(c1.exception()));
        var c2 = o.swallow(new InProgress<>());
        c2.abort();
        System.out.println("2: finished=" + c2.isFinished() + " exc=" + V.name(c2.exception()) + (c2.isFailed() ? "" : " result=" + c2.result()));
        var other = new InProgress<String>();
        var c3 = o.awaitAgain(new InProgress<>(), other);
        c3.abort();
        other.finish("late");
        System.out.println("3: finished=" + c3.isFinished() + " exc=" + V.name(c3.exception()) + (c3.isFailed() ? "" : " result=" + c3.result()) + " other.listeners=" + other.listenerCount());
    }
}
