package r11;

import kaa.*;
import static kaa.Async.*;

// F5 (minimised from P22b). kaa: InProgressAny/All do not subscribe to their children until someone connects, and an
// aborted coroutine aborts what it awaits when that has no other listeners. EXPECTED: leaf aborted=true.
abstract class F5AnyEager {
    @Coroutine CoroutineInProgress<String> waiter(InProgress<String> ip) { return done(yield_(ip)); }
    public static void main(String[] a) {
        var leaf = new InProgress<String>();
        leaf.abortSignal().connect(e -> {});            // abortable in kaa's sense
        InProgress.any(leaf, new InProgress<String>());   // built, never connected to
        new F5AnyEager_Coroutines().waiter(leaf).abort();
        System.out.println("leaf aborted=" + leaf.isFailed() + " ; leaf listeners=" + leaf.listenerCount());
    }
}
