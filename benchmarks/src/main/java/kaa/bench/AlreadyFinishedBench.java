package kaa.bench;

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
 * Already-finished await: {@code yield_(ip)} on an {@code InProgress} that has finished continues at once, without a
 * loop turn, and must allocate nothing (read {@code gc.alloc.rate.norm} with {@code -prof gc}). Each invocation is
 * {@value #N} awaits; scores are per await. The machine and the boxed sum, once per invocation, add
 * {@code ~100 B / N} per await.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AlreadyFinishedBench {
    static final int N = 10_000;

    private final KaaBodies bodies = new KaaBodies_Coroutines();
    private final InProgress<Integer> finished = InProgress.finished(KaaBodies.ONE);
    private final Floor.Promise floorFinished = Floor.Promise.completed(KaaBodies.ONE);

    /** {@code sum += yield_(finished)}, the same finished {@code InProgress} each time: expect 0 B/op. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int kaa() {
        return bodies.finishedLoop(finished, N).result();
    }

    /**
     * {@code sum += yield_(InProgress.finished(ONE))}: the loop itself allocates one {@code InProgress} per await
     * (expect its size, 24 B/op with compressed oops, and nothing more).
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int kaaFreshFinished() {
        return bodies.freshFinishedLoop(N).result();
    }

    /** The hand-written machine testing {@code isDone()} and reading the value. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int floor() {
        Floor.AwaitLoop loop = new Floor.AwaitLoop(null, floorFinished, N);
        loop.resume();
        return loop.result;
    }
}
