package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.Coroutine;
import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code abort()} of a suspended coroutine. */
@ExtendWith(NotifierReports.class)
class AbortTest {
    private Notifier notifier;
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
        assertEquals(List.of(), reported, "unexpected reports (a test that expects some clears them)");
    }

    /**
     * Turns the loop for one virtual millisecond: runs whatever is due, never sleeps for real (a bare
     * {@code step()} with nothing pending would wait for a wakeup).
     */
    private void turn() {
        notifier.loopUntil(() -> false, notifier.nanoTime() + Duration.ofMillis(1).toNanos());
    }

    abstract static class Waiter {
        final List<String> trace = new ArrayList<>();
        int catches;
        int finallies;
        Throwable caught;

        /** Awaits {@code ip}; records the abort in catch and finally, then lets it propagate. */
        @Coroutine
        InProgress<String> waitFor(InProgress<String> ip) {
            trace.add("before");
            try {
                String value = yield_(ip);
                trace.add("got " + value);
                return done(value);
            } catch (InProgressAbortedException e) {
                catches++;
                caught = e;
                trace.add("catch");
                throw e;
            } finally {
                finallies++;
                trace.add("finally");
            }
        }

        /** Awaits {@code ip}, catches the abort and returns normally: the coroutine still ends failed. */
        @Coroutine
        InProgress<String> swallowAndReturn(InProgress<String> ip) {
            try {
                return done(yield_(ip));
            } catch (InProgressAbortedException e) {
                catches++;
                caught = e;
                return done("swallowed");
            } finally {
                finallies++;
            }
        }

        /** Catches the abort and suspends again: an error. */
        @Coroutine
        InProgress<String> swallowAndYieldAgain(InProgress<String> ip) {
            try {
                yield_(ip);
            } catch (InProgressAbortedException e) {
                catches++;
                trace.add("caught, yielding again");
                yield_();
                trace.add("resumed after the abort");
            } finally {
                finallies++;
            }
            trace.add("after try");
            return done("unreachable");
        }

        @Coroutine
        InProgress<String> outer(InProgress<String> ip) {
            try {
                return done("outer " + yield_(waitFor(ip)));
            } finally {
                trace.add("outer finally");
            }
        }
    }

    private static Waiter waiter() {
        return new AbortTest_Waiter_Coroutines();
    }

    @Test
    void abortThrowsAtTheYieldRunsCatchAndFinallyOnceAndFailsTheCoroutine() {
        Waiter waiter = waiter();
        InProgress<String> awaited = new InProgress<>();
        CoroutineInProgress<String> coroutine = coroutine(waiter.waitFor(awaited));
        assertEquals(List.of("before"), waiter.trace);
        assertFalse(coroutine.isFinished());

        assertTrue(coroutine.abort());

        assertEquals(List.of("before", "catch", "finally"), waiter.trace);
        assertEquals(1, waiter.catches);
        assertEquals(1, waiter.finallies);
        assertTrue(coroutine.isFailed());
        assertInstanceOf(InProgressAbortedException.class, coroutine.exception());
        assertSame(coroutine.exception(), waiter.caught, "the abort thrown into the body is the coroutine's failure");
        assertTrue(awaited.isFailed(), "nothing else listened to the awaited InProgress: it is aborted too");
        assertInstanceOf(InProgressAbortedException.class, awaited.exception());

        assertFalse(coroutine.abort(), "a second abort has nothing to abort");
        turn();
        assertEquals(1, waiter.catches);
        assertEquals(1, waiter.finallies);
        assertEquals(List.of(), reported);
    }

    @Test
    void awaitedInProgressWithAnotherListenerIsNotAborted() {
        Waiter waiter = waiter();
        InProgress<String> awaited = new InProgress<>();
        List<String> otherListener = new ArrayList<>();
        awaited.connect(otherListener::add);
        CoroutineInProgress<String> coroutine = coroutine(waiter.waitFor(awaited));

        coroutine.abort();

        assertTrue(coroutine.isFailed());
        assertFalse(awaited.isFinished(), "another listener waits on it");
        awaited.finish("late");
        assertEquals(List.of("late"), otherListener);
        assertEquals(List.of("before", "catch", "finally"), waiter.trace, "the aborted body is not resumed");
        assertInstanceOf(InProgressAbortedException.class, coroutine.exception());
    }

    @Test
    void lateFinishOfTheFormerlyAwaitedInProgressDoesNothing() {
        Waiter waiter = waiter();
        InProgress<String> awaited = new InProgress<>();
        awaited.connect(value -> { });
        CoroutineInProgress<String> coroutine = coroutine(waiter.waitFor(awaited));
        coroutine.abort();
        Throwable failure = coroutine.exception();

        awaited.finish("too late");
        turn();

        assertEquals(List.of("before", "catch", "finally"), waiter.trace);
        assertEquals(1, waiter.catches);
        assertEquals(1, waiter.finallies);
        assertSame(failure, coroutine.exception());
        assertEquals(List.of(), reported);
    }

    @Test
    void abortedCoroutineEndsFailedEvenWhenTheBodyCatchesAndReturns() {
        Waiter waiter = waiter();
        InProgress<String> awaited = new InProgress<>();
        CoroutineInProgress<String> coroutine = coroutine(waiter.swallowAndReturn(awaited));
        List<Throwable> failures = new ArrayList<>();
        List<String> results = new ArrayList<>();
        coroutine.connectBoth(results::add, failures::add);
        InProgressAbortedException reason = new InProgressAbortedException("stop it");

        assertTrue(coroutine.abort(reason));
        turn();

        assertEquals(1, waiter.catches);
        assertEquals(1, waiter.finallies);
        assertSame(reason, waiter.caught);
        assertTrue(coroutine.isFailed());
        assertSame(reason, coroutine.exception());
        assertEquals(List.of(), results);
        assertEquals(List.of(reason), failures);
    }

    @Test
    void bodyThatSwallowsTheAbortAndYieldsAgainEndsFailedAndTheErrorIsReported() {
        Waiter waiter = waiter();
        InProgress<String> awaited = new InProgress<>();
        CoroutineInProgress<String> coroutine = coroutine(waiter.swallowAndYieldAgain(awaited));

        coroutine.abort();
        turn();

        assertTrue(coroutine.isFailed());
        assertInstanceOf(InProgressAbortedException.class, coroutine.exception());
        assertEquals(1, waiter.catches);
        assertEquals(List.of("caught, yielding again"), waiter.trace, "the body never resumes after its second yield_");
        assertEquals(1, reported.size(), "reported: " + reported);
        assertInstanceOf(IllegalStateException.class, reported.get(0));
        assertSame(coroutine.exception(), reported.get(0).getCause());
        reported.clear(); // the report this test expects
    }

    @Test
    void abortingACoroutineThatAwaitsAnotherAbortsTheInnerOne() {
        Waiter waiter = waiter();
        InProgress<String> awaited = new InProgress<>();
        CoroutineInProgress<String> outer = coroutine(waiter.outer(awaited));
        assertEquals(List.of("before"), waiter.trace);

        outer.abort();

        assertEquals(List.of("before", "catch", "finally", "outer finally"), waiter.trace);
        assertEquals(1, waiter.finallies, "the inner coroutine's finally ran once");
        assertTrue(outer.isFailed());
        assertInstanceOf(InProgressAbortedException.class, outer.exception());
        assertTrue(awaited.isFailed(), "the inner coroutine was the only listener of the awaited InProgress");
        turn();
        assertEquals(1, waiter.finallies);
        assertEquals(List.of(), reported);
    }

    @Test
    void abortOfACoroutineWaitingForATimeSliceRunsItsFinally() {
        Ticking ticking = new AbortTest_Ticking_Coroutines();
        CoroutineInProgress<Void> coroutine = coroutine(ticking.tick());
        notifier.step(); // a slice is always queued: never blocks
        notifier.step(); // a slice is always queued: never blocks
        int before = ticking.ticks.get();
        assertTrue(before >= 2);

        coroutine.abort();
        turn();
        turn();

        assertEquals(before, ticking.ticks.get(), "no slice after the abort");
        assertEquals(1, ticking.finallies);
        assertInstanceOf(InProgressAbortedException.class, coroutine.exception());
    }

    abstract static class Ticking {
        final AtomicInteger ticks = new AtomicInteger();
        int finallies;

        @Coroutine
        InProgress<Void> tick() {
            try {
                while (true) {
                    ticks.incrementAndGet();
                    yield_();
                }
            } finally {
                finallies++;
            }
        }
    }

    @Test
    void abortAfterNormalFinishDoesNothing() {
        Waiter waiter = waiter();
        InProgress<String> awaited = new InProgress<>();
        CoroutineInProgress<String> coroutine = coroutine(waiter.waitFor(awaited));
        awaited.finish("value");
        assertEquals("value", coroutine.await(Duration.ofSeconds(1)));

        assertFalse(coroutine.abort());
        assertEquals("value", coroutine.result());
        assertEquals(0, waiter.catches);
        assertEquals(1, waiter.finallies);
    }

    /** The object a coroutine call returns is its {@code CoroutineInProgress}; {@code done(v)} types the method as {@code InProgress}. */
    private static <T> CoroutineInProgress<T> coroutine(InProgress<T> call) {
        return (CoroutineInProgress<T>) call;
    }
}
