package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P22b: consequence of kaa's "InProgressAny/All: neither subscribes to its children until someone connects".
 * A coroutine awaits `leaf`; somewhere an any(leaf, other) was built but never connected to / awaited.
 * Aborting the coroutine: kaa aborts `leaf` (it has no other listener, since the unconnected Any has not subscribed).
 * EXPECTED (kaa): leaf aborted=true.  README: "the awaited InProgress is aborted too when nothing else waits for it".
 */
abstract class P22bAnyLazy {
    @Coroutine CoroutineInProgress<String> waiter(InProgress<String> ip) { return done(yield_(ip)); }
    public static void main(String[] a) {
        var leaf = new InProgress<String>();
        var unused = InProgress.any(leaf, new InProgress<String>());   // built, never connected
        var c = new P22bAnyLazy_Coroutines().waiter(leaf);
        c.abort();
        System.out.println("with an unconnected any(): leaf aborted=" + leaf.isFailed() + " listeners=" + leaf.listenerCount());
        var leaf2 = new InProgress<String>();
        var c2 = new P22bAnyLazy_Coroutines().waiter(leaf2);
        c2.abort();
        System.out.println("control, no any():        leaf aborted=" + leaf2.isFailed());
        var leaf3 = new InProgress<String>();
        var unusedAll = InProgress.all(leaf3, new InProgress<String>());
        var c3 = new P22bAnyLazy_Coroutines().waiter(leaf3);
        c3.abort();
        System.out.println("with an unconnected all(): leaf aborted=" + leaf3.isFailed());
    }
}
