package kaa.bench;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The virtual-thread peers of {@link YieldBench} and {@link AwaitHopBench} (JDK 21+; on JDK 17 the setup fails with a
 * message and JMH goes on with the other benchmarks; exclude them with {@code -e VirtualThreadBench}). The scheduler
 * gets one carrier thread, so like the others they run on one thread; the benchmark thread only starts and joins.
 * Each invocation starts its virtual threads anew: about 1-3 us, i.e. 0.1-0.3 ns per operation at {@value #N}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Djdk.virtualThreadScheduler.parallelism=1")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class VirtualThreadBench {
    static final int N = 10_000;

    private ThreadFactory virtualThreads;

    @Setup
    public void setUp() {
        virtualThreads = VirtualThreads.factory();
    }

    /** {@code Thread.yield()} in a virtual thread: unmount, go through the scheduler's queue, mount again. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void yieldRoundTrip() throws InterruptedException {
        Thread yielder = virtualThreads.newThread(() -> {
            for (int i = 0; i < N; i++) {
                Thread.yield();
            }
        });
        yielder.start();
        yielder.join();
    }

    /**
     * A consumer virtual thread takes {@value #N} values from a {@code SynchronousQueue} that a producer virtual
     * thread puts: each hop parks the consumer until the producer hands over (and the producer until it is taken).
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int awaitHop() throws InterruptedException {
        SynchronousQueue<Integer> queue = new SynchronousQueue<>();
        int[] sum = new int[1];
        Thread consumer = virtualThreads.newThread(() -> {
            try {
                for (int i = 0; i < N; i++) {
                    sum[0] += queue.take();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread producer = virtualThreads.newThread(() -> {
            try {
                for (int i = 0; i < N; i++) {
                    queue.put(KaaBodies.ONE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        producer.start();
        consumer.join();
        producer.join();
        return sum[0];
    }
}
