package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P51: cooperative multitasking must not starve timers: a coroutine that yields kaa.NotFinished forever and a task
 * that re-posts itself forever (from the loop thread and from a worker) must still let a 50 ms timer fire (real
 * clock). kaa: each step runs due timers, then I/O, then thread callbacks (bounded per step).
 * EXPECTED: "timer fired" after ~50 ms, busy coroutine made progress, posts made progress; program exits.
 */
abstract class P51NoStarvation {
    static volatile boolean stop;
    static long spins, posts, wposts;
    @Coroutine InProgress<Void> busy() { while (!stop) { spins++; yield_(); } return done(); }
    static void repost() { if (!stop) { posts++; Main.post(P51NoStarvation::repost); } }
    public static void main(String[] a) throws Exception {
        var o = new P51NoStarvation_Coroutines();
        var b = o.busy();
        Main.post(P51NoStarvation::repost);
        var w = new Thread(() -> { while (!stop) { Main.post(() -> wposts++); try { Thread.sleep(0, 1000); } catch (InterruptedException e) {} } });
        w.setDaemon(true); w.start();
        long t0 = System.nanoTime();
        var fired = new InProgress<Long>();
        new OneShotTimer(() -> fired.finish((System.nanoTime() - t0) / 1_000_000)).start(Duration.ofMillis(50));
        long ms = fired.await(Duration.ofSeconds(10));
        stop = true;
        b.await();
        System.out.println("timer fired after ~" + (ms < 1000 ? "<1s" : ms + "ms") + " ; busy coroutine progressed=" + (spins > 10) + " ; self-reposts progressed=" + (posts > 10) + " ; worker posts progressed=" + (wposts > 10));
    }
}
