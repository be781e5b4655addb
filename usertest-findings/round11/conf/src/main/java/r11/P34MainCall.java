package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P34: MainThreadCallable / @threaded(MAINTHREAD): runs on the loop thread (synchronously if already there) from
 * any thread and returns an InProgress; async=False waits for the result.
 * README: Threaded.MAIN: "on the notifier thread: inside the call when made there, else posted to it";
 * Main.call(callable) "to run something on the notifier thread from any thread"; a worker's
 * Main.call(f).await() while main is in await() works.
 * EXPECTED: from the loop thread: "in MAIN body" printed before the call returns, finished at once;
 *   from a worker: body runs on the loop thread; worker's Main.call(...).await() returns the value.
 */
abstract class P34MainCall {
    @Threaded(pool = Threaded.MAIN) InProgress<String> onMain(String tag) {
        System.out.println("  in MAIN body (" + tag + ") on " + Thread.currentThread().getName() + " isMainThread=" + Main.isMainThread());
        return done(tag);
    }
    public static void main(String[] a) throws Exception {
        var o = new P34MainCall_Coroutines();
        var fromLoop = new InProgress<String>();
        Main.post(() -> {
            var ip = o.onMain("loop");
            System.out.println("  call returned, finished=" + ip.isFinished());
            fromLoop.finish("ok");
        });
        fromLoop.await();
        var workerResult = new InProgress<String>();
        var t = new Thread(() -> {
            var ip = o.onMain("worker");
            String v = Main.call(() -> "call ran on " + Thread.currentThread().getName()).await();
            workerResult.finish(v + " ; MAIN from worker -> " + ip.await());
        }, "worker");
        t.start();
        System.out.println(workerResult.await());
    }
}
