package r11;

import kaa.*;
import java.util.concurrent.CountDownLatch;
import static kaa.Async.*;

/*
 * P39: abort cascades from a coroutine to an awaited @Threaded job (an abortable InProgress nobody else awaits);
 * README: "aborting a running one interrupts its thread and emits its abortSignal(), so the body can stop ... its
 * result is dropped". Also abort of a coroutine from ANOTHER thread is posted to the loop thread (README).
 * EXPECTED: job interrupted, coroutine failed with InProgressAbortedException, job's result never delivered;
 *   cross-thread abort while main drives the loop in await(): the coroutine's catch runs on the loop thread (main).
 */
abstract class P39ThreadedAbort {
    static final CountDownLatch started = new CountDownLatch(1);
    static volatile boolean interrupted;
    @Threaded InProgress<String> slow() {
        started.countDown();
        try { Thread.sleep(5000); } catch (InterruptedException e) { interrupted = true; }
        return done("late result");
    }
    @Coroutine CoroutineInProgress<String> user() {
        try { return done(yield_(slow())); }
        catch (InProgressAbortedException e) { System.out.println("  coroutine catch on " + Thread.currentThread().getName()); throw e; }
    }
    public static void main(String[] a) throws Exception {
        var c = new P39ThreadedAbort_Coroutines().user();
        new Thread(() -> {
            try { started.await(); Thread.sleep(200); } catch (InterruptedException e) {}
            System.out.println("  aborting from thread " + Thread.currentThread().getName() + " (loop driven=" + Main.notifier().isDriven() + ")");
            c.abort();
        }, "aborter").start();
        try { c.await(); } catch (InProgressAbortedException e) { System.out.println("coroutine failed: " + V.name(e)); }
        Thread.sleep(200);
        System.out.println("job body interrupted=" + interrupted);
    }
}
