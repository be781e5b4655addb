package r11;

import kaa.*;
import java.time.Duration;

/*
 * P61: README "Who drives the loop": "await() on another thread blocks ... If the driver leaves first, a blocked
 * await() takes over driving. Main.run() called while an await() drives waits for that await() to hand the loop
 * over, so it does not throw." (kaa: wait() on the main-loop thread runs the loop; elsewhere it blocks.)
 * EXPECTED: part 1: worker's await (driving) gets "t1" at ~300ms; main's run() does not throw and ends at its stop.
 *   part 2: main's run() stops at ~100ms, before the 300ms timer; the worker's blocked await takes over and gets "t2".
 */
class P61DriverHandover {
    public static void main(String[] a) throws Exception {
        var ip = new InProgress<String>();
        new OneShotTimer(() -> ip.finish("t1")).start(Duration.ofMillis(300));
        var got = new String[2];
        var w = new Thread(() -> got[0] = ip.await(Duration.ofSeconds(5)) + " on " + Thread.currentThread().getName(), "worker1");
        w.start(); Thread.sleep(100);
        new OneShotTimer(Main::stop).start(Duration.ofMillis(500));
        try { Main.run(); System.out.println("part 1: main run() returned normally ; worker got " + got[0]); }
        catch (RuntimeException e) { System.out.println("part 1: main run() threw " + V.name(e)); }
        w.join(5000);

        var ip2 = new InProgress<String>();
        new OneShotTimer(() -> ip2.finish("t2")).start(Duration.ofMillis(300));
        var w2 = new Thread(() -> {
            try { got[1] = ip2.await(Duration.ofSeconds(5)) + " on " + Thread.currentThread().getName(); }
            catch (RuntimeException e) { got[1] = "await failed: " + V.name(e); }
        }, "worker2");
        new OneShotTimer(Main::stop).start(Duration.ofMillis(100));
        w2.start();
        Main.run();
        w2.join(6000);
        System.out.println("part 2: worker got " + got[1]);
    }
}
