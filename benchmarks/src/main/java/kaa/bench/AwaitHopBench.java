package kaa.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import kaa.InProgress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Await hop: a coroutine awaits an unfinished future that another party (here the benchmark thread, the producer)
 * finishes; the coroutine resumes, takes the value and awaits the next one. Each invocation is {@value #N} hops;
 * scores are per hop. Every hop allocates the awaited future itself (the producer's, for all peers alike).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AwaitHopBench {
    static final int N = 10_000;

    private final KaaBodies bodies = new KaaBodies_Coroutines();
    private final KaaBodies.Producer kaaProducer = new KaaBodies.Producer();
    private final Floor.Producer floorProducer = new Floor.Producer();
    private final CfPeers.Producer cfProducer = new CfPeers.Producer();

    /** {@code sum += yield_(producer.next())}: resumed synchronously inside {@code finish()}, as kaa does. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int kaa() {
        InProgress<Integer> loop = bodies.awaitLoop(kaaProducer, N);
        for (int i = 0; i < N; i++) {
            kaaProducer.finishPending();
        }
        return loop.result();
    }

    /** The hand-written machine, called back by a minimal single-threaded promise. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int floor() {
        Floor.AwaitLoop loop = new Floor.AwaitLoop(floorProducer, null, N);
        loop.resume();
        for (int i = 0; i < N; i++) {
            floorProducer.finishPending();
        }
        return loop.result;
    }

    /** {@code producer.next().thenCompose(v -> rest of the loop)}: the composed async loop. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int completableFutureThenCompose() {
        CompletableFuture<Integer> loop = CfPeers.awaitLoop(cfProducer, 0, 0, N);
        for (int i = 0; i < N; i++) {
            cfProducer.finishPending();
        }
        return loop.join();
    }

    /** {@code producer.next().thenAccept(machine)}: a hand-written machine on {@code CompletableFuture}. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int completableFutureThenAccept() {
        CfPeers.CallbackLoop loop = new CfPeers.CallbackLoop(cfProducer, N);
        loop.start();
        for (int i = 0; i < N; i++) {
            cfProducer.finishPending();
        }
        return loop.result();
    }
}
