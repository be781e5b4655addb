package r11;

import kaa.*;
import java.time.Duration;

/*
 * P38: wait(timeout): on the main-loop thread it runs the loop until finished; elsewhere it blocks.
 * README: await() drives the loop when nobody does; on another thread it blocks and is woken; await(d) throws
 * InProgressTimeoutException after d; "An interrupt ends an await() with an InProgressAbortedException".
 * EXPECTED: main await drives a timer at 30ms; a worker's await blocks until main finishes it; await(d) on a
 *   never-finished ip -> InProgressTimeoutException after ~d; interrupting a waiting worker -> InProgressAbortedException.
 */
class P38AwaitThreads {
    public static void main(String[] a) throws Exception {
        var ip = new InProgress<String>();
        new OneShotTimer(() -> ip.finish("from timer")).start(Duration.ofMillis(30));
        System.out.println("main await (drives loop): " + ip.await());
        var ip2 = new InProgress<String>();
        var got = new String[1];
        var w = new Thread(() -> got[0] = ip2.await() + " on " + Thread.currentThread().getName(), "waiter");
        w.start(); Thread.sleep(100);
        System.out.println("worker still blocked: " + w.isAlive());
        ip2.finish("v2"); w.join(2000);
        System.out.println("worker got: " + got[0]);
        long t0 = System.nanoTime();
        try { new InProgress<String>().await(Duration.ofMillis(200)); }
        catch (InProgressTimeoutException e) { System.out.println("await(200ms) -> " + V.name(e) + " after ~" + (System.nanoTime() - t0) / 1_000_000 / 100 * 100 + "ms"); }
        var res = new String[1];
        var w2 = new Thread(() -> { try { new InProgress<String>().await(); res[0] = "returned?!"; } catch (RuntimeException e) { res[0] = V.name(e); } });
        Main.post(() -> {});
        var driver = new InProgress<Void>();
        new OneShotTimer(() -> driver.finish(null)).start(Duration.ofMillis(300));
        w2.start(); Thread.sleep(50); w2.interrupt();
        driver.await(); w2.join(2000);
        System.out.println("interrupted worker await -> " + res[0]);
    }
}
