package kaa.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import kaa.InProgress;
import kaa.Socket;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Yield round trip: a coroutine gives up its time slice and is resumed on the next iteration of its run loop. Each
 * invocation runs one coroutine through {@value #N} yields; scores are per yield.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class YieldBench {
    static final int N = 10_000;

    private final KaaBodies bodies = new KaaBodies_Coroutines();
    private final Floor.RunQueue runQueue = new Floor.RunQueue();
    private final CfPeers.QueueExecutor executor = new CfPeers.QueueExecutor();

    /** {@code yield_()} in a generated machine; {@code await()} drives the notifier on this thread. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int kaa() {
        InProgress<Integer> loop = bodies.yieldLoop(N);
        return loop.await();
    }

    /** The hand-written machine on an {@code ArrayDeque<Runnable>}. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int floor() {
        Floor.YieldLoop loop = new Floor.YieldLoop(runQueue, N);
        loop.resume();
        runQueue.runUntilEmpty();
        return loop.result;
    }

    /** {@code runAsync(..., executor).thenCompose(rest)} on a same-thread executor queue. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int completableFuture() {
        CompletableFuture<Integer> loop = CfPeers.yieldLoop(executor, 0, N);
        executor.runUntilEmpty();
        return loop.join();
    }

    /**
     * {@link #kaa()} while a connected pair of sockets stays open on the notifier, neither end reading nor writing:
     * what an application with an idle connection pays per loop turn.
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int kaaIdleConnection(IdleConnection connection) {
        return kaa();
    }

    /** A loopback connection, both ends open and idle (registered with the selector, watching nothing). */
    @State(Scope.Thread)
    public static class IdleConnection {
        private final Socket listener = new Socket();
        private final Socket client = new Socket();
        private Socket accepted;

        @Setup
        public void open() throws IOException {
            listener.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            InProgress<Socket> acceptance = listener.accept();
            client.connect(listener.localAddress()).await();
            accepted = acceptance.await();
            listener.close().await();
        }

        @TearDown
        public void close() {
            client.closeNow();
            accepted.closeNow();
        }
    }
}
