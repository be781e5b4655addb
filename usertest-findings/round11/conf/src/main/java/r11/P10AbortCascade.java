package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P10: abort propagates down the chain of awaits: parent awaits child coroutine awaits leaf InProgress.
 * kaa: default exception InProgressAborted(origin, inprogress); the coroutine disconnects from what it awaits and
 * aborts it if unfinished, has no other listeners and is abortable; exception thrown at the yield; finally runs.
 * README: "the awaited InProgress is aborted too when nothing else waits for it ... An abort reaches the innermost
 * coroutine first: a child's catch and finally run before the awaiting parent's".
 * EXPECTED case 1: child catch, child finally, parent catch, parent finally; leaf aborted=true (failed with an
 *   InProgressAbortedException); parent & child failed with InProgressAbortedException; leaf abortSignal fired once.
 * EXPECTED case 2 (leaf has another listener): leaf NOT aborted (still pending), child & parent failed.
 */
abstract class P10AbortCascade {
    @Coroutine InProgress<Integer> child(InProgress<Integer> leaf) {
        try { return done(yield_(leaf)); }
        catch (InProgressAbortedException e) { System.out.println("  child catch " + V.name(e)); throw e; }
        finally { System.out.println("  child finally"); }
    }
    @Coroutine CoroutineInProgress<Integer> parent(InProgress<Integer> leaf) {
        try { return done(yield_(child(leaf))); }
        catch (InProgressAbortedException e) { System.out.println("  parent catch " + V.name(e)); throw e; }
        finally { System.out.println("  parent finally"); }
    }
    public static void main(String[] a) {
        var o = new P10AbortCascade_Coroutines();
        for (int k = 1; k <= 2; k++) {
            System.out.println("case " + k);
            var leaf = new InProgress<Integer>();
            int[] sig = {0};
            leaf.abortSignal().connect(e -> sig[0]++);
            if (k == 2) leaf.connect(v -> System.out.println("other listener"));
            var p = o.parent(leaf);
            System.out.println("  abort() returned " + p.abort());
            System.out.println("  parent finished=" + p.isFinished() + " failed=" + p.isFailed() + " exc=" + V.name(p.exception()));
            System.out.println("  leaf finished=" + leaf.isFinished() + " failed=" + leaf.isFailed() + " exc=" + V.name(leaf.exception()) + " abortSignal fired " + sig[0]);
        }
    }
}
