package kaa;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stress checks of the runtime bug reports (shared/bugs/runtime/README.md), as one program that prints its numbers
 * and exits non-zero when a check fails. Not a unit test: it takes about a minute. From the project root, after
 * {@code mvn -B -o -q -pl runtime test-compile}:
 * <pre>
 * java -Xmx1g -cp runtime/target/classes:runtime/target/test-classes kaa.RuntimeStress [scale]
 * </pre>
 * {@code scale} (default 1.0) multiplies every count.
 */
public final class RuntimeStress {
    private static final int THREADS = 8;
    private static boolean failed;

    private RuntimeStress() {}

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int perThread = (int) (1_000_000 * scale);
        postsAndCallsRunExactlyOnce(perThread);
        postedQueue(perThread / 4, Integer.MAX_VALUE);
        postedQueue(perThread / 4, 10_000);
        timersFireOnceInOrder((int) (1_000_000 * scale));
        derivedObjectsLeaveNothing((int) (1_000_000 * scale));
        weakConnections((int) (200_000 * scale));
        System.out.println(failed ? "FAILED" : "all checks passed");
        System.exit(failed ? 1 : 0);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            failed = true;
            System.out.println("  FAILED: " + what);
        }
    }

    /** The heap after collections, with time for the reference handler and the cleaner to do their part. */
    private static long heapAfterGcMb() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    /** Checks 1-2: 8 threads post (then call) against one running loop; every task runs exactly once. */
    private static void postsAndCallsRunExactlyOnce(int perThread) throws InterruptedException {
        for (boolean viaCall : new boolean[] {false, true}) {
            Notifier notifier = new Notifier();
            Main.setNotifier(notifier);
            AtomicIntegerArray ran = new AtomicIntegerArray(THREADS * perThread);
            AtomicLong finished = new AtomicLong();
            long total = (long) THREADS * perThread;
            Thread loop = new Thread(notifier::run, "loop");
            loop.start();
            long t0 = System.nanoTime();
            Thread[] producers = new Thread[THREADS];
            for (int t = 0; t < THREADS; t++) {
                int base = t * perThread;
                producers[t] = new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int slot = base + i;
                        if (viaCall) {
                            notifier.call(() -> ran.incrementAndGet(slot)).connect(v -> finished.incrementAndGet());
                        } else {
                            notifier.post(() -> {
                                ran.incrementAndGet(slot);
                                finished.incrementAndGet();
                            });
                        }
                    }
                });
                producers[t].start();
            }
            for (Thread producer : producers) {
                producer.join();
            }
            while (finished.get() < total) {
                Thread.onSpinWait();
            }
            notifier.stop();
            loop.join();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            int wrong = 0;
            for (int i = 0; i < ran.length(); i++) {
                if (ran.get(i) != 1) {
                    wrong++;
                }
            }
            System.out.printf("%s: %d threads x %d, %d ms, tasks not run exactly once: %d%n",
                    viaCall ? "call" : "post", THREADS, perThread, ms, wrong);
            check(wrong == 0 && finished.get() == total, "every task exactly once");
            notifier.close();
        }
    }

    /** Check 3 (bug D10): 8 producers against a loop that is slower than they are; the peak of the posted queue. */
    private static void postedQueue(int perThread, int capacity) throws InterruptedException {
        Notifier notifier = new Notifier(Ticker.system(), capacity);
        Main.setNotifier(notifier);
        AtomicLong done = new AtomicLong();
        long total = (long) THREADS * perThread;
        long[] peak = {0};
        notifier.stepSignal().connect(ignored -> peak[0] = Math.max(peak[0], notifier.postedCount()));
        Thread loop = new Thread(notifier::run, "loop");
        loop.start();
        long heapBefore = heapAfterGcMb();
        long t0 = System.nanoTime();
        Thread[] producers = new Thread[THREADS];
        long[] heapPeak = {0};
        for (int t = 0; t < THREADS; t++) {
            producers[t] = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    byte[] payload = new byte[64];
                    notifier.post(() -> {
                        Blackhole.consume(payload);
                        done.incrementAndGet();
                    });
                }
            });
            producers[t].start();
        }
        Runtime rt = Runtime.getRuntime();
        while (done.get() < total) {
            heapPeak[0] = Math.max(heapPeak[0], (rt.totalMemory() - rt.freeMemory()) >> 20);
            Thread.onSpinWait();
        }
        for (Thread producer : producers) {
            producer.join();
        }
        notifier.stop();
        loop.join();
        System.out.printf("posted queue, capacity %s: %d posts, %d ms, peak pending %d, heap %d MB -> peak %d MB%n",
                capacity == Integer.MAX_VALUE ? "unbounded" : capacity, total, (System.nanoTime() - t0) / 1_000_000,
                peak[0], heapBefore, heapPeak[0]);
        check(peak[0] <= capacity, "the posted queue stays within its capacity");
        notifier.close();
    }

    /** Timers on virtual time: each fires exactly once, in deadline order, none early. */
    private static void timersFireOnceInOrder(int count) {
        ManualTicker clock = new ManualTicker();
        Notifier notifier = new Notifier(clock);
        Main.setNotifier(notifier);
        Random random = new Random(42);
        AtomicIntegerArray fired = new AtomicIntegerArray(count);
        long[] last = {0};
        int[] firedCount = {0};
        boolean[] ordered = {true};
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int slot = i;
            long delay = random.nextInt(1_000_000) * 1_000L;
            long deadline = clock.nanoTime() + delay;
            notifier.schedule(delay, () -> {
                firedCount[0]++;
                fired.incrementAndGet(slot);
                long now = clock.nanoTime();
                ordered[0] &= now >= last[0] && now >= deadline;
                last[0] = now;
            });
        }
        notifier.loopUntil(() -> firedCount[0] == count);
        int wrong = 0;
        for (int i = 0; i < count; i++) {
            if (fired.get(i) != 1) {
                wrong++;
            }
        }
        System.out.printf("timers: %d on virtual time, %d ms, not fired exactly once: %d,"
                + " in order and never early: %s%n",
                count, (System.nanoTime() - t0) / 1_000_000, wrong, ordered[0]);
        check(wrong == 0 && ordered[0], "timers exactly once, in order");
        notifier.close();
    }

    /** Bugs D3, D5: derived objects on one never-finishing source leave no listener and no memory behind. */
    private static void derivedObjectsLeaveNothing(int count) throws InterruptedException {
        Notifier notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        InProgress<String> never = new InProgress<>();
        InProgress<String> keeper = never.noAbort(); // awaited elsewhere: aborts of derived objects do not reach it
        Signal<String> quiet = new Signal<>();
        long heapBefore = heapAfterGcMb();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            InProgress<String> timedOut = never.timeout(Duration.ZERO);
            notifier.loopUntil(timedOut::isFinished);
            timedOut.exception();
            never.timeout(Duration.ofHours(1)).abort();
            never.noAbort().abort();
            InProgress<String> other = new InProgress<>();
            InProgress<AnyResult<String>> first = InProgress.any(never, other);
            other.finish("x");
            first.result();
            quiet.next().abort();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long heapAfter = heapAfterGcMb();
        System.out.printf("derived: %d x (timeout expired, timeout aborted, noAbort aborted, any, Signal.next aborted),"
                + " %d ms, listeners left %d, signal connections left %d, heap %d -> %d MB%n",
                count, ms, never.listenerCount() - 1, quiet.connections(), heapBefore, heapAfter);
        check(never.listenerCount() == 1 && !never.isFinished() && !keeper.isFinished() && quiet.connections() == 0,
                "derived objects leave no listener");
        check(heapAfter - heapBefore < 16, "derived objects leave no memory");
        notifier.close();
    }

    /** Bug D11: weak connections whose owners are dropped at once, on a signal that is never emitted. */
    private static void weakConnections(int count) throws InterruptedException {
        Signal<String> quiet = new Signal<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int k = i;
            quiet.connectWeak(new byte[1024], (owner, value) -> Blackhole.consume(k));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (int attempt = 0; attempt < 20 && quiet.connections() > 0; attempt++) {
            heapAfterGcMb();
            quiet.disconnect(new Object()); // any change drops what the collector reported
        }
        System.out.printf("weak connections: %d connectWeak, %d ms, dead slots left after a GC and one change: %d%n",
                count, ms, quiet.connections());
        check(quiet.connections() < count / 10, "dead weak slots are dropped without an emission");
    }

    /** Keeps a value alive without the JIT seeing through it. */
    private static final class Blackhole {
        static volatile Object sink;

        static void consume(Object value) {
            sink = value;
        }
    }
}
