package kaa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import kaa.Subprocess;

/**
 * What {@link Subprocess}'s polling design costs, with real processes: not a JMH benchmark (the costs are CPU time of
 * one thread and latencies of other processes). It reports
 * <ul>
 *   <li>the CPU time of the pump thread while 1 and 200 processes run and print nothing (the cost of polling), with
 *       the number of the JDK's "process reaper" threads meanwhile;</li>
 *   <li>the round trip of a line through {@code cat}, back to back and after 100 ms of quiet (the pump's
 *       back-off);</li>
 *   <li>the throughput of reading {@code head -c 200M /dev/zero} with {@code read()}.</li>
 * </ul>
 * Run: {@code java -cp benchmarks/target/benchmarks.jar kaa.bench.SubprocessCosts}. docs/subprocess.md has the numbers.
 */
public final class SubprocessCosts {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private SubprocessCosts() {}

    /**
     * Runs the measurements and prints them.
     *
     * @param args ignored
     * @throws InterruptedException if interrupted while it waits
     */
    public static void main(String[] args) throws InterruptedException {
        System.out.printf(Locale.ROOT, "Subprocess costs; JDK %s, %d CPUs%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        idleCost(1);
        idleCost(200);
        roundTrips();
        throughput(200L << 20);
    }

    private static void idleCost(int count) throws InterruptedException {
        List<Subprocess> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Subprocess process = new Subprocess("sleep", "60");
            process.start();
            processes.add(process);
        }
        TimeUnit.SECONDS.sleep(1); // let the pump settle into its longest park
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long pump = threadNamed("kaa-subprocess-pump").getId();
        long cpuBefore = threads.getThreadCpuTime(pump);
        long wallBefore = System.nanoTime();
        TimeUnit.SECONDS.sleep(5);
        double share = (double) (threads.getThreadCpuTime(pump) - cpuBefore) / (System.nanoTime() - wallBefore);
        long reapers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("process reaper")).count();
        System.out.printf(Locale.ROOT,
                "%d idle processes: pump CPU %.2f %% of a core; JDK process reaper threads: %d%n", count, 100 * share,
                reapers);
        for (Subprocess process : processes) {
            process.stop(Duration.ZERO);
        }
        for (Subprocess process : processes) {
            process.exited().await(LIMIT);
        }
    }

    private static void roundTrips() throws InterruptedException {
        Subprocess cat = new Subprocess("cat");
        cat.start();
        int rounds = 2000;
        for (int i = 0; i < rounds; i++) {
            roundTrip(cat); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            roundTrip(cat);
        }
        System.out.printf(Locale.ROOT, "line round trip through cat, back to back: %.1f us%n",
                (System.nanoTime() - start) / 1e3 / rounds);
        long[] afterQuiet = new long[20];
        for (int i = 0; i < afterQuiet.length; i++) {
            TimeUnit.MILLISECONDS.sleep(100);
            long begin = System.nanoTime();
            roundTrip(cat);
            afterQuiet[i] = System.nanoTime() - begin;
        }
        Arrays.sort(afterQuiet);
        System.out.printf(Locale.ROOT, "line round trip after 100 ms of quiet: median %.2f ms, max %.2f ms%n",
                afterQuiet[afterQuiet.length / 2] / 1e6, afterQuiet[afterQuiet.length - 1] / 1e6);
        cat.stdin().close();
        cat.exited().await(LIMIT);
    }

    private static void roundTrip(Subprocess cat) {
        cat.write("x\n");
        cat.readLine().await(LIMIT);
    }

    private static void throughput(long bytes) {
        Subprocess head = new Subprocess("head", "-c", Long.toString(bytes), "/dev/zero");
        long start = System.nanoTime();
        head.start();
        long received = 0;
        for (byte[] chunk = head.read().await(LIMIT); chunk.length > 0; chunk = head.read().await(LIMIT)) {
            received += chunk.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "read %d MiB from head -c in %.2f s: %.0f MiB/s%n", received >> 20, seconds,
                (received >> 20) / seconds);
    }

    private static Thread threadNamed(String name) {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals(name)) {
                return thread;
            }
        }
        throw new IllegalStateException("no thread named " + name);
    }
}
