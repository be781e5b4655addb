package r11;

import kaa.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;

/*
 * P40: ThreadPool "lazily grown to its size, idle threads exit".
 * EXPECTED: pool size 3, after registering: 0 threads; 1 job -> 1 thread; 5 concurrent blocking jobs -> at most 3
 *   threads, never more than 3 jobs at once; after the idle timeout (200ms) threads exit (0 threads).
 */
class P40PoolGrowth {
    public static void main(String[] a) throws Exception {
        var pool = ThreadPool.builder("p40").size(3).idleTimeout(Duration.ofMillis(200)).register();
        System.out.println("registered: " + pool);
        pool.submit(() -> "x").await();
        System.out.println("after one job: " + pool);
        var running = new java.util.concurrent.atomic.AtomicInteger(); var peak = new java.util.concurrent.atomic.AtomicInteger();
        var names = ConcurrentHashMap.<String>newKeySet();
        var list = new ArrayList<InProgress<?>>();
        for (int i = 0; i < 5; i++) list.add(pool.submit(() -> {
            int r = running.incrementAndGet(); peak.accumulateAndGet(r, Math::max); names.add(Thread.currentThread().getName());
            Thread.sleep(100); running.decrementAndGet(); return null; }));
        InProgress.all(list.toArray(new InProgress[0])).await();
        System.out.println("peak concurrency=" + peak.get() + " distinct threads=" + names.size() + " ; " + pool);
        Thread.sleep(700);
        System.out.println("after idle timeout: " + pool);
    }
}
