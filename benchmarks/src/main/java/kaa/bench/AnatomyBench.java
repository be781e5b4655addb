package kaa.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;

import kaa.InProgress;
import kaa.Main;
import kaa.Notifier;
import kaa.internal.Listener;
import kaa.internal.RuntimeAccess;
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
 * Diagnostics, not a comparison: where the time of {@link YieldBench#kaa()} and {@link AwaitHopBench#kaa()} goes.
 * Each benchmark keeps or removes one layer of kaa so the differences name the cost:
 * <ul>
 *   <li>{@link #notifierRunnable()}: a plain {@code Runnable} re-enqueued on kaa's {@code Notifier}: the loop's cost
 *       per iteration, without any coroutine;
 *   <li>{@link #kaaYield100Coroutines()}: 100 coroutines yielding together, so each notifier iteration runs 100
 *       slices and its fixed cost is shared;
 *   <li>{@link #inProgressListener()}: a hand-written {@code Listener} on kaa's {@code InProgress}: finishing, the
 *       {@code Trampoline} dispatch and {@code addListener}, without {@code CoroutineMachine};
 *   <li>{@link #floorAwaitPlusAtomics()}: the floor await plus the two atomic instructions of a kaa hop, which any
 *       thread-safe promise needs (the {@code InProgress} state CAS in {@code finish}, which also claims the
 *       resumption, and the CAS of the next {@code addListener}; docs/resumption.md).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AnatomyBench {
    static final int N = 10_000;
    static final int COROUTINES = 100;

    private static final VarHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(AnatomyBench.class, "word", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The target of the atomic accesses the "plus atomics" variants add. */
    private volatile int word;

    private final KaaBodies bodies = new KaaBodies_Coroutines();
    private final Floor.Producer floorProducer = new Floor.Producer();
    private final KaaBodies.Producer kaaProducer = new KaaBodies.Producer();

    /** Re-enqueues itself on the notifier {@code n} times. */
    private static final class Requeue implements Runnable {
        private final Notifier notifier;
        private final int n;
        int i;

        Requeue(Notifier notifier, int n) {
            this.notifier = notifier;
            this.n = n;
        }

        @Override
        public void run() {
            if (++i < n) {
                notifier.enqueue(this);
            }
        }

        boolean done() {
            return i >= n;
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int notifierRunnable() {
        Notifier notifier = Main.notifier();
        Requeue task = new Requeue(notifier, N);
        notifier.enqueue(task);
        notifier.loopUntil(task::done);
        return task.i;
    }

    @Benchmark
    @OperationsPerInvocation(COROUTINES * (N / COROUTINES))
    public int kaaYield100Coroutines() {
        @SuppressWarnings("unchecked")
        InProgress<Integer>[] loops = (InProgress<Integer>[]) new InProgress<?>[COROUTINES];
        for (int c = 0; c < COROUTINES; c++) {
            loops[c] = bodies.yieldLoop(N / COROUTINES);
        }
        int sum = 0;
        for (InProgress<Integer> loop : loops) {
            sum += loop.await();
        }
        return sum;
    }

    /** A hand-written listener on kaa's {@code InProgress}: the await hop without {@code CoroutineMachine}. */
    private static final class ListenerLoop implements Listener {
        private final KaaBodies.Producer producer;
        private final int n;
        private int i;
        int sum;

        ListenerLoop(KaaBodies.Producer producer, int n) {
            this.producer = producer;
            this.n = n;
        }

        void start() {
            RuntimeAccess.addListener(producer.next(), this);
        }

        @Override
        public void onDone(InProgress<?> source) {
            sum += (Integer) source.result();
            if (++i < n) {
                RuntimeAccess.addListener(producer.next(), this);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int inProgressListener() {
        ListenerLoop loop = new ListenerLoop(kaaProducer, N);
        loop.start();
        for (int i = 0; i < N; i++) {
            kaaProducer.finishPending();
        }
        return loop.sum;
    }

    /** The floor's await hop with the two compare-and-sets per hop that a kaa hop makes. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int floorAwaitPlusAtomics() {
        Floor.AwaitLoop loop = new Floor.AwaitLoop(floorProducer, null, N);
        loop.resume();
        for (int i = 0; i < N; i++) {
            WORD.compareAndSet(this, 0, 1); // InProgress.complete: the state CAS, which claims the resumption
            floorProducer.finishPending();
            WORD.compareAndSet(this, 1, 0); // InProgress.addListener: the state CAS
        }
        return loop.result;
    }
}
