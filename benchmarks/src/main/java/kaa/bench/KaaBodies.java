package kaa.bench;

import static kaa.Async.done;
import static kaa.Async.yield_;

import kaa.Coroutine;
import kaa.InProgress;

/**
 * The coroutines the benchmarks run, compiled by kaa-processor into {@code KaaBodies_Coroutines}: real generated
 * machines, exactly what an application gets. Instantiate {@code new KaaBodies_Coroutines()}.
 */
public abstract class KaaBodies {
    /** The value every producer finishes with: a cached {@code Integer}, so boxing allocates nothing. */
    static final Integer ONE = 1;

    /** Yield round trip: {@code n} time slices, each resumed on the next notifier iteration. */
    @Coroutine
    InProgress<Integer> yieldLoop(int n) {
        int i = 0;
        while (i < n) {
            yield_();
            i++;
        }
        return done(i);
    }

    /** Await hop: {@code n} awaits of an unfinished {@code InProgress} that {@code producer} finishes later. */
    @Coroutine
    InProgress<Integer> awaitLoop(Producer producer, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += yield_(producer.next());
        }
        return done(sum);
    }

    /** Already-finished await: {@code n} awaits of the same finished {@code InProgress}; no suspension. */
    @Coroutine
    InProgress<Integer> finishedLoop(InProgress<Integer> finished, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += yield_(finished);
        }
        return done(sum);
    }

    /** Already-finished await of a fresh {@code InProgress.finished(ONE)} each time: the loop allocates that. */
    @Coroutine
    InProgress<Integer> freshFinishedLoop(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += yield_(InProgress.finished(ONE));
        }
        return done(sum);
    }

    /** Footprint: one suspension on {@code awaited}, then done; its only live variable is the parameter. */
    @Coroutine
    InProgress<Integer> awaitOne(InProgress<Integer> awaited) {
        int value = yield_(awaited);
        return done(value + 1);
    }

    /** Hands out the {@code InProgress} a coroutine awaits next and keeps it, so the benchmark can finish it. */
    static final class Producer {
        InProgress<Integer> pending;

        InProgress<Integer> next() {
            InProgress<Integer> ip = new InProgress<>();
            pending = ip;
            return ip;
        }

        /** Finishes the one pending {@code InProgress}; the coroutine resumes inside this call. */
        void finishPending() {
            InProgress<Integer> ip = pending;
            pending = null;
            ip.finish(ONE);
        }
    }
}
