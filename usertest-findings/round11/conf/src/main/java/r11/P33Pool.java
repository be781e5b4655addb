package r11;

import kaa.*;
import java.util.*;
import java.util.concurrent.*;

/*
 * P33: named ThreadPool: a queue ordered by priority (higher first), FIFO within one priority; lazily grown to its
 * size; aborting a job that has not started removes it and fails its InProgress; aborting a running one interrupts
 * it and emits its abortSignal (README).
 * Setup: pool of size 1; job "block" occupies the thread; then queue: low-1(p0), high-1(p5), low-2(p0), high-2(p5),
 *   mid(p2), and "doomed"(p9) which is aborted while queued.
 * EXPECTED order: block, high-1, high-2, mid, low-1, low-2 ; doomed never runs, failed with
 *   InProgressAbortedException at once; a running job aborted -> interrupted + abortSignal.
 */
class P33Pool {
    public static void main(String[] a) throws Exception {
        var pool = ThreadPool.builder("p33").size(1).register();
        var order = Collections.synchronizedList(new ArrayList<String>());
        var gate = new CountDownLatch(1);
        var jobs = new ArrayList<InProgress<?>>();
        jobs.add(pool.submit(0, () -> { gate.await(); order.add("block"); return null; }));
        Thread.sleep(100);
        for (var s : List.of("low-1:0", "high-1:5", "low-2:0", "high-2:5", "mid:2")) {
            var parts = s.split(":");
            jobs.add(pool.submit(Integer.parseInt(parts[1]), () -> { order.add(parts[0]); return null; }));
        }
        var doomed = pool.submit(9, () -> { order.add("doomed"); return null; });
        System.out.println("abort queued -> " + doomed.abort() + " ; failed at once=" + doomed.isFailed() + " " + V.name(doomed.exception()));
        gate.countDown();
        InProgress.all(jobs.toArray(new InProgress[0])).await();
        System.out.println("order: " + order);

        var started = new CountDownLatch(1);
        var interrupted = new boolean[1];
        var running = pool.submit(() -> {
            started.countDown();
            try { Thread.sleep(5000); } catch (InterruptedException e) { interrupted[0] = true; }
            return "finished anyway";
        });
        running.abortSignal().connect(e -> System.out.println("abortSignal of running job: " + V.name(e)));
        started.await();
        System.out.println("abort running -> " + running.abort() + " ; failed=" + running.isFailed());
        Thread.sleep(200);
        System.out.println("body saw interrupt=" + interrupted[0]);
        System.out.println("pool: " + pool);
    }
}
