package kaa.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

import kaa.InProgress;

/**
 * Memory per suspended coroutine: not a timing. For each kind it first creates what the coroutines will wait for
 * (the baseline), then {@code count} suspended coroutines, each waiting on its own unfinished future, and reports
 * <ul>
 *   <li>the heap delta per coroutine, {@code used} after repeated {@code System.gc()} (exact with
 *       {@code -XX:+UseSerialGC}, close with G1), and
 *   <li>the class histogram delta ({@code GC.class_histogram} through the {@code DiagnosticCommand} MBean, the same
 *       as {@code jcmd <pid> GC.class_histogram}): which objects each coroutine costs and their bytes per instance,
 *       e.g. the shallow size of one generated machine.
 * </ul>
 * Run: {@code java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar kaa.bench.Footprint [count]}.
 */
public final class Footprint {
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private Footprint() {}

    /** Something to wait for, created before the measurement, and the coroutines that wait for it. */
    private interface Kind<W> {
        W awaited(int count);

        /** Suspends {@code count} coroutines; returns what must be kept reachable besides {@code awaited}. */
        Object suspend(W awaited, int count) throws InterruptedException;

        /** Lets them all finish. */
        void release(W awaited, Object suspended) throws InterruptedException;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf(Locale.ROOT, "Footprint of %,d suspended coroutines; JDK %s, %s, %s%n", count,
                System.getProperty("java.version"), System.getProperty("os.arch"),
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
        measure("kaa: generated machine awaiting an unfinished InProgress", count, new KaaKind());
        measure("CompletableFuture: thenApply(v -> v + captured int) on an unfinished future", count, new CfKind());
        ThreadFactory virtualThreads = VirtualThreads.factoryOrNull();
        if (virtualThreads == null) {
            System.out.println("\nvirtual threads: not available on this JDK (21+ needed); skipped");
        } else {
            measure("virtual thread parked in join() of an unfinished CompletableFuture", count,
                    new VirtualThreadKind(virtualThreads));
        }
    }

    private static <W> void measure(String title, int count, Kind<W> kind) throws Exception {
        W awaited = kind.awaited(count);
        // The first histogram is taken before the first heap reading, so it is live in both readings.
        Map<String, long[]> histogramBefore = histogram();
        long before = usedAfterGc();
        Object suspended = kind.suspend(awaited, count);
        long after = usedAfterGc();
        Map<String, long[]> histogramAfter = histogram();

        System.out.printf(Locale.ROOT, "%n%s%n  heap delta: %.1f B per coroutine%n", title,
                (after - before) / (double) count);
        System.out.println("  class histogram delta (classes with at least one instance per ten coroutines):");
        List<String[]> rows = new ArrayList<>();
        long totalBytes = 0;
        for (Map.Entry<String, long[]> entry : histogramAfter.entrySet()) {
            long[] was = histogramBefore.getOrDefault(entry.getKey(), new long[2]);
            long instances = entry.getValue()[0] - was[0];
            long bytes = entry.getValue()[1] - was[1];
            if (instances * 10 >= count) {
                totalBytes += bytes;
                rows.add(new String[] {
                    entry.getKey(),
                    String.format(Locale.ROOT, "%.2f", instances / (double) count),
                    String.format(Locale.ROOT, "%.1f", bytes / (double) Math.max(1, instances)),
                    String.format(Locale.ROOT, "%.1f", bytes / (double) count),
                });
            }
        }
        rows.sort((a, b) -> Double.compare(Double.parseDouble(b[3]), Double.parseDouble(a[3])));
        System.out.printf(Locale.ROOT, "    %-70s %10s %12s %12s%n", "class", "per coro", "B/instance",
                "B per coro");
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, "    %-70s %10s %12s %12s%n", (Object[]) row);
        }
        System.out.printf(Locale.ROOT, "    %-70s %10s %12s %12.1f%n", "total of the rows above", "", "",
                totalBytes / (double) count);

        kind.release(awaited, suspended);
    }

    /** Heap in use after garbage collection, repeated until it settles. */
    private static long usedAfterGc() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            System.gc();
            Thread.sleep(10);
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (i >= 3 && Math.abs(used - previous) < 4096) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    /** Live objects by class: {@code GC.class_histogram}, as jcmd runs it (it collects garbage first). */
    private static Map<String, long[]> histogram() throws JMException {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = HISTOGRAM_ROW.matcher(line);
            if (m.find()) {
                byClass.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return byClass;
    }

    private static <T> T[] filled(T[] array, IntFunction<T> element) {
        for (int i = 0; i < array.length; i++) {
            array[i] = element.apply(i);
        }
        return array;
    }

    private static final class KaaKind implements Kind<InProgress<Integer>[]> {
        private final KaaBodies bodies = new KaaBodies_Coroutines();

        @Override
        @SuppressWarnings("unchecked")
        public InProgress<Integer>[] awaited(int count) {
            return filled((InProgress<Integer>[]) new InProgress<?>[count], i -> new InProgress<>());
        }

        /** Keeps nothing: a suspended machine is reachable from what it awaits, as in an application. */
        @Override
        public Object suspend(InProgress<Integer>[] awaited, int count) {
            for (InProgress<Integer> ip : awaited) {
                bodies.awaitOne(ip);
            }
            return null;
        }

        @Override
        public void release(InProgress<Integer>[] awaited, Object suspended) {
            for (InProgress<Integer> ip : awaited) {
                ip.finish(KaaBodies.ONE);
            }
        }
    }

    private static final class CfKind implements Kind<CompletableFuture<Integer>[]> {
        @Override
        @SuppressWarnings("unchecked")
        public CompletableFuture<Integer>[] awaited(int count) {
            return filled((CompletableFuture<Integer>[]) new CompletableFuture<?>[count],
                    i -> new CompletableFuture<>());
        }

        @Override
        public Object suspend(CompletableFuture<Integer>[] awaited, int count) {
            for (int i = 0; i < count; i++) {
                int captured = i;
                awaited[i].thenApply(v -> v + captured);
            }
            return null;
        }

        @Override
        public void release(CompletableFuture<Integer>[] awaited, Object suspended) {
            for (CompletableFuture<Integer> f : awaited) {
                f.complete(KaaBodies.ONE);
            }
        }
    }

    private static final class VirtualThreadKind implements Kind<CompletableFuture<Integer>[]> {
        private final ThreadFactory virtualThreads;

        VirtualThreadKind(ThreadFactory virtualThreads) {
            this.virtualThreads = virtualThreads;
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletableFuture<Integer>[] awaited(int count) {
            return filled((CompletableFuture<Integer>[]) new CompletableFuture<?>[count],
                    i -> new CompletableFuture<>());
        }

        /**
         * Returns the threads (the array, 4 B per thread, is part of the delta; the threads are reachable from the
         * scheduler's bookkeeping anyway). Waits until every one of them is parked.
         */
        @Override
        public Object suspend(CompletableFuture<Integer>[] awaited, int count) throws InterruptedException {
            Thread[] threads = new Thread[count];
            for (int i = 0; i < count; i++) {
                CompletableFuture<Integer> f = awaited[i];
                threads[i] = virtualThreads.newThread(f::join);
                threads[i].start();
            }
            for (Thread t : threads) {
                while (t.getState() != Thread.State.WAITING) {
                    Thread.sleep(1);
                }
            }
            return threads;
        }

        @Override
        public void release(CompletableFuture<Integer>[] awaited, Object suspended) throws InterruptedException {
            for (CompletableFuture<Integer> f : awaited) {
                f.complete(KaaBodies.ONE);
            }
            for (Thread t : (Thread[]) suspended) {
                t.join();
            }
        }
    }
}
