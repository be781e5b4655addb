package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kaa.internal.Listener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Single-threaded behaviour of {@link InProgress}: finishing, observing, callbacks, listeners, abort, delay. */
@ExtendWith(NotifierReports.class)
class InProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private ManualTicker clock;
    private Notifier notifier;
    private final List<String> log = new ArrayList<>();
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void freshNotifier() {
        clock = new ManualTicker();
        notifier = new Notifier(clock);
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
        assertTrue(reported.isEmpty(), () -> "unexpected reports (a test that expects some clears them): " + reported);
    }

    /** Schedules a sentinel at {@code at} and steps once: the clock then tells whether an earlier timer was pending. */
    private void stepToSentinelAt(long at) {
        notifier.schedule(at - clock.nanoTime(), () -> log.add("sentinel"));
        notifier.step();
    }

    // ------------------------------------------------------------------------------------------ finishing

    @Test
    void finishStoresTheValue() {
        InProgress<String> ip = new InProgress<>();
        assertFalse(ip.isFinished());
        assertFalse(ip.isFailed());

        ip.finish("done");

        assertTrue(ip.isFinished());
        assertFalse(ip.isFailed());
        assertEquals("done", ip.result());
        assertNull(ip.exception());
    }

    @Test
    void failStoresTheFailure() {
        InProgress<String> ip = new InProgress<>();
        IllegalArgumentException failure = new IllegalArgumentException("bad");

        ip.fail(failure);

        assertTrue(ip.isFinished());
        assertTrue(ip.isFailed());
        assertSame(failure, ip.exception());
    }

    @Test
    void failWithNullIsRejectedAndLeavesItPending() {
        InProgress<String> ip = new InProgress<>();
        assertThrows(NullPointerException.class, () -> ip.fail(null));
        assertFalse(ip.isFinished());
    }

    @Test
    void finishingTwiceIsAnIllegalStateAndKeepsTheFirstValue() {
        InProgress<String> ip = new InProgress<>();
        ip.finish("first");

        assertThrows(IllegalStateException.class, () -> ip.finish("second"));
        assertThrows(IllegalStateException.class, () -> ip.fail(new RuntimeException()));
        assertEquals("first", ip.result());
        assertFalse(ip.isFailed());
    }

    @Test
    void failingTwiceIsAnIllegalStateAndKeepsTheFirstFailure() {
        InProgress<String> ip = new InProgress<>();
        RuntimeException first = new RuntimeException("first");
        ip.fail(first);

        assertThrows(IllegalStateException.class, () -> ip.fail(new RuntimeException("second")));
        assertThrows(IllegalStateException.class, () -> ip.finish("value"));
        assertSame(first, ip.exception());
    }

    @Test
    void tryFinishAndTryFailReportWhetherTheyFinishedIt() {
        InProgress<String> ip = new InProgress<>();
        assertTrue(ip.tryFinish("first"));
        assertFalse(ip.tryFinish("second"));
        assertFalse(ip.tryFail(new RuntimeException()));
        assertEquals("first", ip.result());

        InProgress<String> failing = new InProgress<>();
        RuntimeException failure = new RuntimeException("first");
        assertTrue(failing.tryFail(failure));
        assertFalse(failing.tryFail(new RuntimeException("second")));
        assertFalse(failing.tryFinish("value"));
        assertSame(failure, failing.exception());
    }

    @Test
    void finishedAndFailedFactories() {
        InProgress<Integer> finished = InProgress.finished(42);
        assertTrue(finished.isFinished());
        assertFalse(finished.isFailed());
        assertEquals(42, finished.result());
        assertThrows(IllegalStateException.class, () -> finished.finish(1));

        IllegalStateException failure = new IllegalStateException("boom");
        InProgress<Integer> failed = InProgress.failed(failure);
        assertTrue(failed.isFinished());
        assertTrue(failed.isFailed());
        assertSame(failure, failed.exception());
        assertThrows(IllegalStateException.class, () -> failed.finish(1));
    }

    @Test
    void nullIsAValue() {
        InProgress<String> ip = new InProgress<>();
        List<String> got = new ArrayList<>();
        ip.connect(got::add);

        ip.finish(null);

        assertTrue(ip.isFinished());
        assertFalse(ip.isFailed());
        assertNull(ip.result());
        assertNull(ip.exception());
        assertEquals(1, got.size());
        assertNull(got.get(0));
        assertThrows(IllegalStateException.class, () -> ip.finish(null));

        InProgress<String> finished = InProgress.finished(null);
        assertTrue(finished.isFinished());
        assertNull(finished.result());
        ip.connect(got::add);
        assertEquals(2, got.size());
    }

    @Test
    void resultBeforeFinishingIsAnIllegalState() {
        InProgress<String> ip = new InProgress<>();
        assertThrows(IllegalStateException.class, ip::result);
        assertNull(ip.exception());
    }

    @Test
    void resultRethrowsAnUncheckedFailureAsItIs() {
        IllegalArgumentException failure = new IllegalArgumentException("bad");
        InProgress<String> ip = InProgress.failed(failure);
        assertSame(failure, assertThrows(IllegalArgumentException.class, ip::result));
    }

    @Test
    void resultRethrowsAnErrorAsItIs() {
        AssertionError failure = new AssertionError("bad");
        InProgress<String> ip = InProgress.failed(failure);
        assertSame(failure, assertThrows(AssertionError.class, ip::result));
    }

    @Test
    void resultWrapsACheckedFailureInACompletionExceptionWithTheSameCause() {
        IOException failure = new IOException("disk");
        InProgress<String> ip = InProgress.failed(failure);
        CompletionException thrown = assertThrows(CompletionException.class, ip::result);
        assertSame(failure, thrown.getCause());
    }

    @Test
    void awaitWithACheckedTypeThrowsThatFailureUnwrappedAndWrapsOthers() throws Exception {
        IOException failure = new IOException("offline");
        InProgress<String> ip = InProgress.failed(failure);
        assertSame(failure, assertThrows(IOException.class, () -> ip.await(IOException.class)));
        InProgress<String> other = InProgress.failed(new InterruptedException("other"));
        CompletionException wrapped = assertThrows(CompletionException.class, () -> other.await(IOException.class));
        assertInstanceOf(InterruptedException.class, wrapped.getCause());
        InProgress<String> later = new InProgress<>();
        Main.post(() -> later.finish("v"));
        assertEquals("v", later.await(IOException.class));
    }

    @Test
    void exceptionIsNullWhenFinishedWithAValue() {
        assertNull(InProgress.finished("x").exception());
    }

    @Test
    void toStringShowsTheState() {
        InProgress<String> ip = new InProgress<>();
        assertTrue(ip.toString().contains("pending"), ip.toString());
        ip.finish("value");
        assertTrue(ip.toString().contains("value"), ip.toString());
        InProgress<String> failed = InProgress.failed(new RuntimeException("oops"));
        assertTrue(failed.toString().contains("oops"), failed.toString());
        assertEquals("oops", failed.exception().getMessage());
    }

    // ------------------------------------------------------------------------------------------ callbacks

    @Test
    void everyCallbackConnectedBeforeFinishingFiresInOrder() {
        InProgress<String> ip = new InProgress<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            ip.connect(v -> log.add(n + ":" + v));
        }
        assertTrue(log.isEmpty());

        ip.finish("v");

        assertEquals(List.of("0:v", "1:v", "2:v", "3:v", "4:v"), log);
    }

    @Test
    void everyCallbackConnectedAfterFinishingFiresAtOnce() {
        // kaa fired only the first callback connected to a finished InProgress.
        InProgress<String> ip = new InProgress<>();
        ip.finish("v");
        for (int i = 0; i < 3; i++) {
            int n = i;
            ip.connect(v -> log.add(n + ":" + v));
            assertEquals(n + 1, log.size());
        }
        ip.connectBoth(v -> log.add("both:" + v), e -> log.add("failure"));
        ip.connectBoth(v -> log.add("both2:" + v), e -> log.add("failure"));
        assertEquals(List.of("0:v", "1:v", "2:v", "both:v", "both2:v"), log);
    }

    @Test
    void callbacksFireOnlyOnce() {
        InProgress<String> ip = new InProgress<>();
        AtomicInteger calls = new AtomicInteger();
        ip.connect(v -> calls.incrementAndGet());
        ip.finish("v");
        assertFalse(ip.tryFinish("again"));
        assertEquals(1, calls.get());
    }

    @Test
    void connectFiresOnlyOnSuccess() {
        InProgress<String> before = new InProgress<>();
        before.connect(v -> log.add("before"));
        before.fail(new RuntimeException("x"));
        before.connect(v -> log.add("after"));
        before.exception();

        assertTrue(log.isEmpty());
    }

    @Test
    void connectBothCallsTheFailureCallbackWithTheSameObject() {
        RuntimeException failure = new RuntimeException("x");
        List<Throwable> failures = new ArrayList<>();
        InProgress<String> ip = new InProgress<>();
        ip.connectBoth(v -> log.add("value"), failures::add);

        ip.fail(failure);
        ip.connectBoth(v -> log.add("value"), failures::add);

        assertTrue(log.isEmpty());
        assertEquals(List.of(failure, failure), failures);
    }

    @Test
    void connectBothCallsTheResultCallbackOnSuccess() {
        InProgress<String> ip = new InProgress<>();
        ip.connectBoth(v -> log.add("value " + v), e -> log.add("failure"));
        ip.finish("v");
        assertEquals(List.of("value v"), log);
    }

    @Test
    void nullCallbacksAreRejected() {
        InProgress<String> ip = new InProgress<>();
        assertThrows(NullPointerException.class, () -> ip.connect(null));
        assertThrows(NullPointerException.class, () -> ip.connectBoth(null, e -> { }));
        assertThrows(NullPointerException.class, () -> ip.connectBoth(v -> { }, null));
        assertThrows(NullPointerException.class, () -> ip.addListener(null));
        assertEquals(0, ip.listenerCount());
    }

    @Test
    void aThrowingCallbackIsReportedAndTheOthersStillRun() {
        InProgress<String> ip = new InProgress<>();
        IllegalStateException thrown = new IllegalStateException("callback failed");
        ip.connect(v -> log.add("first"));
        ip.connect(v -> {
            throw thrown;
        });
        ip.connectBoth(v -> log.add("third"), e -> log.add("failure"));
        ip.connect(v -> log.add("fourth"));

        ip.finish("v");

        assertEquals(List.of("first", "third", "fourth"), log);
        assertEquals(List.of(thrown), reported);
        assertEquals("v", ip.result());
        reported.clear(); // the reports this test expects, checked above
    }

    @Test
    void aThrowingFailureCallbackIsReportedAndTheOthersStillRun() {
        InProgress<String> ip = new InProgress<>();
        IllegalStateException thrown = new IllegalStateException("callback failed");
        ip.connectBoth(v -> { }, e -> {
            throw thrown;
        });
        ip.connectBoth(v -> { }, e -> log.add("second " + e.getMessage()));

        ip.fail(new RuntimeException("x"));

        assertEquals(List.of("second x"), log);
        assertEquals(List.of(thrown), reported);
        reported.clear(); // the reports this test expects, checked above
    }

    @Test
    void aThrowingCallbackConnectedAfterFinishingIsReportedNotThrown() {
        IllegalStateException fromConnect = new IllegalStateException("connect callback failed");
        IllegalStateException fromBoth = new IllegalStateException("connectBoth callback failed");
        InProgress<String> ip = InProgress.finished("v");

        ip.connect(v -> {
            throw fromConnect;
        });
        ip.connectBoth(v -> {
            throw fromBoth;
        }, e -> { });

        assertEquals(List.of(fromConnect, fromBoth), reported);
        reported.clear(); // the reports this test expects, checked above
    }

    @Test
    void anInProgressValueIsStoredAsAValue() {
        InProgress<String> inner = new InProgress<>();
        InProgress<InProgress<String>> outer = new InProgress<>();
        List<Object> got = new ArrayList<>();
        outer.connect(got::add);

        outer.finish(inner);

        assertSame(inner, outer.result());
        assertEquals(List.of(inner), got);
        assertFalse(inner.isFinished(), "finishing with an InProgress must not touch it");
        assertSame(inner, InProgress.finished(inner).result());
    }

    @Test
    void aListenerValueIsStoredAsAValueAndNotCalled() {
        AtomicInteger called = new AtomicInteger();
        Listener value = source -> called.incrementAndGet();
        InProgress<Listener> ip = new InProgress<>();
        List<Listener> got = new ArrayList<>();
        ip.connect(got::add);

        ip.finish(value);

        assertTrue(ip.isFinished());
        assertFalse(ip.isFailed());
        assertSame(value, ip.result());
        assertNull(ip.exception());
        assertEquals(0, ip.listenerCount());
        assertEquals(List.of(value), got);
        assertEquals(0, called.get());
        assertThrows(IllegalStateException.class, () -> ip.finish(value));

        InProgress<Listener> finished = InProgress.finished(value);
        assertTrue(finished.isFinished());
        assertSame(value, finished.result());
        assertEquals(0, called.get());
    }

    @Test
    void aListenerValueIsStoredCorrectlyWhenFinishedWithoutListeners() {
        Listener value = source -> { };
        InProgress<Object> ip = new InProgress<>();
        ip.finish(value);
        assertTrue(ip.isFinished());
        assertSame(value, ip.result());
        assertEquals(0, ip.listenerCount());
    }

    // ------------------------------------------------------------------------------------------ listeners

    @Test
    void listenersAreCountedAddedAndRemoved() {
        InProgress<String> ip = new InProgress<>();
        List<String> calls = new ArrayList<>();
        Listener a = source -> calls.add("a");
        Listener b = source -> calls.add("b");
        Listener c = source -> calls.add("c");
        assertEquals(0, ip.listenerCount());

        ip.addListener(a);
        assertEquals(1, ip.listenerCount());
        ip.addListener(b);
        ip.addListener(c);
        assertEquals(3, ip.listenerCount());
        ip.connect(v -> calls.add("callback"));
        assertEquals(4, ip.listenerCount());

        assertTrue(ip.removeListener(b));
        assertFalse(ip.removeListener(b));
        assertEquals(3, ip.listenerCount());
        assertTrue(ip.removeListener(a));
        assertEquals(2, ip.listenerCount());

        ip.finish("v");

        assertEquals(List.of("c", "callback"), calls);
        assertEquals(0, ip.listenerCount());
        assertFalse(ip.removeListener(c));
    }

    @Test
    void removingTheOnlyListener() {
        InProgress<String> ip = new InProgress<>();
        AtomicInteger calls = new AtomicInteger();
        Listener only = source -> calls.incrementAndGet();
        ip.addListener(only);
        assertTrue(ip.removeListener(only));
        assertEquals(0, ip.listenerCount());
        ip.finish("v");
        assertEquals(0, calls.get());
        assertEquals("v", ip.result());
    }

    @Test
    void aListenerAddedTwiceIsCalledTwiceAndRemovedOnceAtATime() {
        InProgress<String> ip = new InProgress<>();
        AtomicInteger calls = new AtomicInteger();
        Listener twice = source -> calls.incrementAndGet();
        ip.addListener(twice);
        ip.addListener(twice);
        assertEquals(2, ip.listenerCount());
        assertTrue(ip.removeListener(twice));
        assertEquals(1, ip.listenerCount());

        ip.finish("v");

        assertEquals(1, calls.get());
    }

    @Test
    void aListenerGetsTheFinishedSource() {
        InProgress<String> ip = new InProgress<>();
        List<InProgress<?>> sources = new ArrayList<>();
        ip.addListener(source -> {
            assertTrue(source.isFinished());
            sources.add(source);
        });
        ip.finish("v");
        ip.addListener(sources::add);
        assertEquals(List.of(ip, ip), sources);
    }

    @Test
    void callbacksAndListenersConnectedDuringDispatchFireAtOnce() {
        InProgress<String> ip = new InProgress<>();
        ip.connect(v -> {
            log.add("outer");
            ip.connect(w -> log.add("inner " + w));
        });
        ip.finish("v");
        assertEquals(List.of("outer", "inner v"), log);
    }

    // ------------------------------------------------------------------------------------------ abort

    @Test
    void abortEmitsTheSignalWithTheExceptionThenFails() {
        InProgress<String> ip = new InProgress<>();
        List<InProgressAbortedException> emitted = new ArrayList<>();
        ip.abortSignal().connect(reason -> {
            assertFalse(ip.isFinished(), "the signal comes before the failure");
            emitted.add(reason);
        });
        List<Throwable> failures = new ArrayList<>();
        ip.connectBoth(v -> { }, failures::add);
        InProgressAbortedException reason = new InProgressAbortedException("stop");

        assertTrue(ip.abort(reason));

        assertEquals(List.of(reason), emitted);
        assertTrue(ip.isFailed());
        assertSame(reason, ip.exception());
        assertEquals(List.of(reason), failures);
    }

    @Test
    void abortWithoutAReasonFailsWithAnAbortedException() {
        InProgress<String> ip = new InProgress<>();
        List<InProgressAbortedException> emitted = new ArrayList<>();
        ip.abortSignal().connect(emitted::add);

        assertTrue(ip.abort());

        assertInstanceOf(InProgressAbortedException.class, ip.exception());
        assertEquals(1, emitted.size());
        assertSame(emitted.get(0), ip.exception());
        assertSame(ip.exception(), assertThrows(InProgressAbortedException.class, ip::result));
    }

    @Test
    void abortReturnsFalseWhenAlreadyFinished() {
        InProgress<String> ip = new InProgress<>();
        AtomicInteger emitted = new AtomicInteger();
        ip.abortSignal().connect(reason -> emitted.incrementAndGet());
        ip.finish("v");

        assertFalse(ip.abort());

        assertEquals(0, emitted.get());
        assertEquals("v", ip.result());

        InProgress<String> failed = InProgress.failed(new RuntimeException("x"));
        assertFalse(failed.abort());
        assertEquals("x", failed.exception().getMessage());
    }

    @Test
    void abortingTwiceAbortsOnce() {
        InProgress<String> ip = new InProgress<>();
        AtomicInteger emitted = new AtomicInteger();
        ip.abortSignal().connect(reason -> emitted.incrementAndGet());
        assertTrue(ip.abort());
        assertFalse(ip.abort());
        assertEquals(1, emitted.get());
    }

    @Test
    void aSignalHandlerMayFinishItBeforeTheAbortFailsIt() {
        InProgress<String> ip = new InProgress<>();
        ip.abortSignal().connect(reason -> ip.finish("partial"));

        assertTrue(ip.abort());

        assertFalse(ip.isFailed());
        assertEquals("partial", ip.result());
    }

    @Test
    void abortSignalIsOneSignalPerObject() {
        InProgress<String> ip = new InProgress<>();
        assertSame(ip.abortSignal(), ip.abortSignal());
        assertThrows(NullPointerException.class, () -> ip.abort(null));
        assertFalse(ip.isFinished());
    }

    // ------------------------------------------------------------------------------------------ delay

    @Test
    void delayFinishesAfterTheDurationOnVirtualTime() {
        InProgress<Void> delayed = Async.delay(Duration.ofSeconds(5));
        assertFalse(delayed.isFinished());

        notifier.loopUntil(delayed::isFinished);

        assertEquals(5 * SECOND, clock.nanoTime());
        assertFalse(delayed.isFailed());
        assertNull(delayed.result());
    }

    @Test
    void abortingADelayStopsItsTimer() {
        InProgress<Void> delayed = Async.delay(Duration.ofSeconds(5));
        AtomicInteger results = new AtomicInteger();
        delayed.connectBoth(v -> results.incrementAndGet(), e -> results.incrementAndGet());

        assertTrue(delayed.abort());
        assertEquals(1, results.get());
        assertInstanceOf(InProgressAbortedException.class, delayed.exception());

        stepToSentinelAt(10 * SECOND);

        assertEquals(10 * SECOND, clock.nanoTime(), "the aborted delay's timer must not be pending");
        assertEquals(List.of("sentinel"), log);
        assertEquals(1, results.get());
        assertInstanceOf(InProgressAbortedException.class, delayed.exception());
        assertTrue(reported.isEmpty(), reported::toString);
    }

    @Test
    void delaysFinishInDeadlineOrder() {
        InProgress<Void> late = Async.delay(Duration.ofSeconds(3));
        InProgress<Void> early = Async.delay(Duration.ofSeconds(1));
        Consumer<String> add = log::add;
        late.connect(v -> add.accept("late@" + clock.nanoTime() / SECOND));
        early.connect(v -> add.accept("early@" + clock.nanoTime() / SECOND));

        notifier.loopUntil(late::isFinished);

        assertEquals(List.of("early@1", "late@3"), log);
    }
}
