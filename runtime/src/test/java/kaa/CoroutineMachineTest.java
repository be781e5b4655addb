package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kaa.internal.CoroutineMachine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coroutine machine protocol, with hand-written machines shaped like the generated ones: {@code resume()} is a
 * loop around {@code switch (label)}, suspending with {@code if (await(ip, n)) return;} or
 * {@code if (yieldSlice(n)) return;}.
 */
@ExtendWith(NotifierReports.class)
class CoroutineMachineTest {
    private static final long MS = 1_000_000L;
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private ManualTicker clock;
    private Notifier notifier;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();

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

    /** Steps once with a sentinel timer at {@code at}: whatever was queued or due before it runs too. */
    private void stepToSentinelAt(long at) {
        notifier.schedule(at - clock.nanoTime(), () -> log.add("sentinel"));
        notifier.step();
        assertEquals(at, clock.nanoTime(), "no earlier timer may be pending");
    }

    // ------------------------------------------------------------------------------------------ machines

    /** Awaits each target in turn and returns their values concatenated; an awaited failure escapes the body. */
    static final class Sequence extends CoroutineMachine<String> {
        private final List<? extends InProgress<?>> targets;
        private final List<String> log;
        private int i;
        private String acc;
        final AtomicInteger resumes = new AtomicInteger();
        volatile Thread resumedOn;

        Sequence(long intervalMillis, List<String> log, List<? extends InProgress<?>> targets) {
            super(intervalMillis, TimeUnit.MILLISECONDS);
            this.targets = targets;
            this.log = log;
        }

        @Override
        protected void resume() throws Throwable {
            dispatch:
            for (;;) {
                switch (label) {
                    case 0: {
                        log.add("start");
                        acc = "";
                        i = 0;
                        label = 1;
                        continue dispatch;
                    }
                    case 1: {
                        if (i == targets.size()) {
                            returnWith(acc);
                            return;
                        }
                        if (await(targets.get(i), 2)) {
                            return;
                        }
                        label = 2;
                        continue dispatch;
                    }
                    case 2: {
                        resumes.incrementAndGet();
                        resumedOn = Thread.currentThread();
                        Object value = awaitedValue();
                        log.add("got " + value);
                        acc += value;
                        i++;
                        label = 1;
                        continue dispatch;
                    }
                    default:
                        throw new IllegalStateException("no such state: " + label);
                }
            }
        }
    }

    /** What {@link Catching} does once it caught what its first await threw. */
    enum OnCatch { RETHROW, RETURN, AWAIT_AGAIN, YIELD_AGAIN }

    /**
     * Awaits {@code first} inside a try; the catch logs what it caught and then, per {@link OnCatch}, rethrows it,
     * returns normally, or suspends again (on {@code second}, or a time slice).
     */
    static final class Catching extends CoroutineMachine<String> {
        private final InProgress<?> first;
        private final InProgress<?> second;
        private final OnCatch onCatch;
        private final List<String> log;
        Throwable caught;
        volatile Thread caughtOn;

        Catching(List<String> log, InProgress<?> first, OnCatch onCatch, InProgress<?> second) {
            super(0, TimeUnit.MILLISECONDS);
            this.first = first;
            this.second = second;
            this.onCatch = onCatch;
            this.log = log;
        }

        @Override
        protected void resume() throws Throwable {
            dispatch:
            for (;;) {
                try {
                    switch (label) {
                        case 0: {
                            log.add("start");
                            if (await(first, 1)) {
                                return;
                            }
                            label = 1;
                            continue dispatch;
                        }
                        case 1: {
                            Object value = awaitedValue();
                            log.add("value " + value);
                            returnWith("value " + value);
                            return;
                        }
                        case 2: {
                            log.add("caught " + caught.getClass().getSimpleName());
                            caughtOn = Thread.currentThread();
                            switch (onCatch) {
                                case RETURN:
                                    returnWith("recovered");
                                    return;
                                case AWAIT_AGAIN:
                                    if (await(second, 3)) {
                                        return;
                                    }
                                    label = 3;
                                    continue dispatch;
                                case YIELD_AGAIN:
                                    if (yieldSlice(4)) {
                                        return;
                                    }
                                    label = 4;
                                    continue dispatch;
                                default:
                                    throw caught;
                            }
                        }
                        case 3: {
                            log.add("second " + awaitedValue());
                            returnWith("second");
                            return;
                        }
                        case 4: {
                            resumedFromSlice();
                            log.add("slice after catch");
                            returnWith("slice");
                            return;
                        }
                        default:
                            throw new IllegalStateException("no such state: " + label);
                    }
                } catch (Throwable e) {
                    if (label == 1) {
                        caught = e;
                        label = 2;
                        continue dispatch;
                    }
                    throw e;
                }
            }
        }
    }

    /** Yields {@code count} time slices, logging the virtual time of each resumption, and returns the count. */
    final class Slicer extends CoroutineMachine<Integer> {
        private final int count;
        private int n;

        Slicer(long intervalMillis, int count) {
            super(intervalMillis, TimeUnit.MILLISECONDS);
            this.count = count;
        }

        @Override
        protected void resume() throws Throwable {
            dispatch:
            for (;;) {
                switch (label) {
                    case 0: {
                        log.add("start@" + clock.nanoTime() / MS);
                        if (yieldSlice(1)) {
                            return;
                        }
                        label = 1;
                        continue dispatch;
                    }
                    case 1: {
                        resumedFromSlice();
                        n++;
                        log.add("slice " + n + "@" + clock.nanoTime() / MS);
                        if (n < count) {
                            if (yieldSlice(1)) {
                                return;
                            }
                            label = 1;
                            continue dispatch;
                        }
                        returnWith(n);
                        return;
                    }
                    default:
                        throw new IllegalStateException("no such state: " + label);
                }
            }
        }
    }

    /** Awaits {@code next} and returns its value plus one. */
    static final class PlusOne extends CoroutineMachine<Integer> {
        private InProgress<Integer> next;

        PlusOne(InProgress<Integer> next) {
            super(0, TimeUnit.MILLISECONDS);
            this.next = next;
        }

        @Override
        protected void resume() throws Throwable {
            dispatch:
            for (;;) {
                switch (label) {
                    case 0: {
                        if (await(next, 1)) {
                            return;
                        }
                        label = 1;
                        continue dispatch;
                    }
                    case 1: {
                        Integer value = awaitedValue();
                        returnWith(value + 1);
                        return;
                    }
                    default:
                        throw new IllegalStateException("no such state: " + label);
                }
            }
        }

        @Override
        protected void clearFields() {
            next = null;
        }
    }

    /** {@code return target;}: finishes as {@code target} does. */
    static final class Follow extends CoroutineMachine<String> {
        private final InProgress<String> target;

        Follow(InProgress<String> target) {
            super(0, TimeUnit.MILLISECONDS);
            this.target = target;
        }

        @Override
        protected void resume() {
            returnFrom(target);
        }
    }

    /** Something the body calls aborts the coroutine itself; then it awaits a finished InProgress and catches. */
    final class AbortsItself extends CoroutineMachine<String> {
        AbortsItself() {
            super(0, TimeUnit.MILLISECONDS);
        }

        @Override
        protected void resume() throws Throwable {
            dispatch:
            for (;;) {
                try {
                    switch (label) {
                        case 0: {
                            log.add("abort returned " + abort());
                            if (await(InProgress.finished("ready"), 1)) {
                                log.add("suspended");
                                return;
                            }
                            label = 1;
                            continue dispatch;
                        }
                        case 1: {
                            log.add("value " + awaitedValue());
                            returnWith("value");
                            return;
                        }
                        case 2: {
                            returnWith("recovered");
                            return;
                        }
                        default:
                            throw new IllegalStateException("no such state: " + label);
                    }
                } catch (InProgressAbortedException e) {
                    if (label == 1) {
                        log.add("caught abort");
                        label = 2;
                        continue dispatch;
                    }
                    throw e;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ stepping

    @Test
    void theFirstStepRunsSynchronouslyInStart() {
        InProgress<String> a = new InProgress<>();
        Sequence machine = new Sequence(0, log, List.of(a));
        assertTrue(log.isEmpty(), "nothing runs before start()");

        assertSame(machine, machine.start());

        assertEquals(List.of("start"), log);
        assertFalse(machine.isFinished());
        assertEquals(1, a.listenerCount(), "the machine listens to what it awaits");
    }

    @Test
    void awaitingFinishedInProgressContinuesAtOnceWithoutALoopTurn() {
        Sequence machine = new Sequence(0, log, List.of(InProgress.finished("a"), InProgress.finished("b")));

        machine.start();

        assertEquals(List.of("start", "got a", "got b"), log);
        assertEquals("ab", machine.result());
    }

    @Test
    void awaitingAnUnfinishedInProgressResumesInsideItsFinish() {
        InProgress<String> a = new InProgress<>();
        InProgress<String> b = new InProgress<>();
        Sequence machine = new Sequence(0, log, List.of(a, b));
        machine.start();
        List<String> callbacks = new ArrayList<>();
        machine.connect(callbacks::add);

        a.finish("x");
        assertEquals(List.of("start", "got x"), log);
        assertFalse(machine.isFinished());
        assertEquals(0, a.listenerCount());
        assertEquals(1, b.listenerCount());

        b.finish("y");
        assertEquals(List.of("start", "got x", "got y"), log);
        assertEquals("xy", machine.result());
        assertEquals(List.of("xy"), callbacks);
        assertEquals(0, clock.nanoTime());
    }

    @Test
    void yieldSliceResumesOnTheNextNotifierStep() {
        Slicer machine = new Slicer(0, 2);
        machine.start();
        assertEquals(List.of("start@0"), log);

        notifier.step();
        assertEquals(List.of("start@0", "slice 1@0"), log);
        assertFalse(machine.isFinished());

        notifier.step();
        assertEquals(List.of("start@0", "slice 1@0", "slice 2@0"), log);
        assertEquals(2, machine.result());
    }

    @Test
    void twoMachinesYieldingTakeTurns() {
        List<String> first = new ArrayList<>();
        Slicer a = new Slicer(0, 2);
        Slicer b = new Slicer(0, 2);
        a.start();
        b.start();
        a.connect(v -> first.add("a"));
        b.connect(v -> first.add("b"));

        notifier.step();
        assertEquals(4, log.size(), log::toString);
        notifier.step();
        assertTrue(a.isFinished());
        assertTrue(b.isFinished());
        assertEquals(List.of("a", "b"), first);
    }

    @Test
    void aPositiveIntervalResumesAfterThatManyVirtualMilliseconds() {
        Slicer machine = new Slicer(100, 2);
        machine.start();
        assertEquals(Duration.ofMillis(100), machine.interval());

        notifier.step();
        assertEquals(List.of("start@0", "slice 1@100"), log);
        notifier.loopUntil(machine::isFinished);
        assertEquals(List.of("start@0", "slice 1@100", "slice 2@200"), log);
        assertEquals(200 * MS, clock.nanoTime());
    }

    @Test
    void aPositiveIntervalAlsoDelaysResumingAfterAnAwait() {
        InProgress<String> a = new InProgress<>();
        Sequence machine = new Sequence(50, log, List.of(a, InProgress.finished("b")));
        machine.start();

        a.finish("a");
        assertEquals(List.of("start"), log, "with an interval it does not resume inside finish()");

        notifier.step();
        assertEquals(50 * MS, clock.nanoTime());
        assertEquals(List.of("start", "got a"), log);
        assertFalse(machine.isFinished(), "an already-finished InProgress also waits for the interval");

        notifier.loopUntil(machine::isFinished);
        assertEquals(100 * MS, clock.nanoTime());
        assertEquals("ab", machine.result());
    }

    @Test
    void setIntervalRestartsAPendingTimerSlice() {
        Slicer machine = new Slicer(100, 1);
        machine.start();
        clock.advance(Duration.ofMillis(50));

        machine.setInterval(Duration.ofMillis(300));

        assertEquals(Duration.ofMillis(300), machine.interval());
        notifier.step();
        assertEquals(List.of("start@0", "slice 1@350"), log);
        assertEquals(1, machine.result());
    }

    @Test
    void setIntervalAppliesToLaterSlices() {
        Slicer machine = new Slicer(0, 3);
        machine.start();
        machine.setInterval(Duration.ofMillis(20));
        notifier.step();
        assertEquals(List.of("start@0", "slice 1@0"), log, "the queued slice keeps its turn");
        notifier.loopUntil(machine::isFinished);
        assertEquals(List.of("start@0", "slice 1@0", "slice 2@20", "slice 3@40"), log);
        assertThrows(IllegalArgumentException.class, () -> machine.setInterval(Duration.ofMillis(-1)));
    }

    // ------------------------------------------------------------------------------------------ failures

    @Test
    void anAwaitedFailureIsThrownAtAwaitedValueAsTheSameObject() {
        InProgress<String> a = new InProgress<>();
        Catching machine = new Catching(log, a, OnCatch.RETURN, null);
        machine.start();
        IOException failure = new IOException("read failed");

        a.fail(failure);

        assertSame(failure, machine.caught);
        assertEquals("recovered", machine.result());
    }

    @Test
    void anUncaughtAwaitedFailureFailsTheMachineWithTheSameObject() {
        InProgress<String> a = new InProgress<>();
        Sequence machine = new Sequence(0, log, List.of(a));
        machine.start();
        IOException failure = new IOException("read failed");

        a.fail(failure);

        assertTrue(machine.isFailed());
        assertSame(failure, machine.exception());
    }

    @Test
    void anAlreadyFailedAwaitFailsTheMachineInStart() {
        IllegalStateException failure = new IllegalStateException("failed before");
        Sequence machine = new Sequence(0, log, List.of(InProgress.failed(failure)));

        machine.start();

        assertSame(failure, machine.exception());
        assertTrue(reported.isEmpty());
    }

    @Test
    void aBodyThatThrowsAtItsFirstStepFailsTheMachineInsteadOfThrowing() {
        Sequence machine = new Sequence(0, log, null);
        machine.start();
        assertInstanceOf(NullPointerException.class, machine.exception());
    }

    @Test
    void returnFromFollowsTheInProgress() {
        InProgress<String> target = new InProgress<>();
        Follow machine = new Follow(target);
        machine.start();
        assertFalse(machine.isFinished());

        target.finish("followed");
        assertEquals("followed", machine.result());

        RuntimeException failure = new RuntimeException("x");
        InProgress<String> failing = new InProgress<>();
        Follow failed = new Follow(failing);
        failed.start();
        failing.fail(failure);
        assertSame(failure, failed.exception());

        assertEquals("now", new Follow(InProgress.finished("now")).start().result());
    }

    // ------------------------------------------------------------------------------------------ abort

    @Test
    void abortThrowsAtTheCurrentSuspensionAndAbortsTheAwaitedInProgress() {
        InProgress<String> a = new InProgress<>();
        List<InProgressAbortedException> abortsOfA = new ArrayList<>();
        a.abortSignal().connect(abortsOfA::add);
        Catching machine = new Catching(log, a, OnCatch.RETHROW, null);
        machine.start();
        List<InProgressAbortedException> emitted = new ArrayList<>();
        machine.abortSignal().connect(emitted::add);
        machine.connectBoth(v -> log.add("callback value"), e -> log.add("callback failure"));
        InProgressAbortedException reason = new InProgressAbortedException("stop");

        assertTrue(machine.abort(reason));

        assertSame(reason, machine.caught, "the abort is thrown where the body awaits");
        assertEquals(List.of("start", "caught InProgressAbortedException", "callback failure"), log,
                "catch/finally run before the machine's callbacks");
        assertTrue(machine.isFailed());
        assertSame(reason, machine.exception());
        assertEquals(List.of(reason), emitted, "the abort signal fires once");
        assertTrue(a.isFailed(), "the awaited InProgress had no other listener: it is aborted too");
        assertInstanceOf(InProgressAbortedException.class, a.exception());
        assertEquals(1, abortsOfA.size());
        assertTrue(reported.isEmpty(), () -> "reported: " + reported);
    }

    @Test
    void abortingAMachineAbortsTheMachineItAwaits() {
        InProgress<String> leaf = new InProgress<>();
        List<String> innerLog = new ArrayList<>();
        Catching inner = new Catching(innerLog, leaf, OnCatch.RETHROW, null);
        inner.start();
        Sequence outer = new Sequence(0, log, List.of(inner));
        outer.start();
        InProgressAbortedException reason = new InProgressAbortedException("stop all");

        assertTrue(outer.abort(reason));

        assertEquals(List.of("start", "caught InProgressAbortedException"), innerLog);
        assertSame(reason, inner.caught, "the abort travels down to the innermost await");
        assertSame(reason, outer.exception());
        assertSame(reason, inner.exception());
        assertTrue(leaf.isFailed());
        assertTrue(reported.isEmpty(), () -> "reported: " + reported);
    }

    @Test
    void abortingAMachineLeavesAnAwaitedMachineThatOthersAwait() {
        InProgress<String> leaf = new InProgress<>();
        Sequence inner = new Sequence(0, new ArrayList<>(), List.of(leaf));
        inner.start();
        Sequence outer = new Sequence(0, log, List.of(inner));
        outer.start();
        Sequence other = new Sequence(0, new ArrayList<>(), List.of(inner));
        other.start();

        assertTrue(outer.abort());

        assertTrue(outer.isFailed());
        assertFalse(inner.isFinished());
        leaf.finish("leaf");
        assertEquals("leaf", inner.result());
        assertEquals("leaf", other.result());
        assertEquals(1, outer.resumes.get());
    }

    @Test
    void abortWithoutAReasonThrowsAnAbortedException() {
        InProgress<String> a = new InProgress<>();
        Catching machine = new Catching(log, a, OnCatch.RETHROW, null);
        machine.start();

        assertTrue(machine.abort());

        assertInstanceOf(InProgressAbortedException.class, machine.caught);
        assertSame(machine.caught, machine.exception());
    }

    @Test
    void abortLeavesTheAwaitedInProgressAloneWhenSomethingElseListens() {
        InProgress<String> a = new InProgress<>();
        List<String> other = new ArrayList<>();
        a.connect(other::add);
        Sequence machine = new Sequence(0, log, List.of(a));
        machine.start();

        assertTrue(machine.abort());

        assertTrue(machine.isFailed());
        assertInstanceOf(InProgressAbortedException.class, machine.exception());
        assertEquals(1, machine.resumes.get(), "the abort resumed the body once, to throw there");
        assertFalse(a.isFinished(), "another callback waits for it: it must not be aborted");
        assertEquals(1, a.listenerCount(), "the machine stopped listening");

        a.finish("late");
        assertEquals(List.of("late"), other);
        assertEquals(1, machine.resumes.get(), "a late finish must not resume the aborted machine");
        assertEquals(List.of("start"), log);
        assertInstanceOf(InProgressAbortedException.class, machine.exception());
    }

    @Test
    void anAbortedMachineEndsFailedEvenIfTheBodyReturns() {
        InProgress<String> a = new InProgress<>();
        Catching machine = new Catching(log, a, OnCatch.RETURN, null);
        machine.start();
        InProgressAbortedException reason = new InProgressAbortedException("stop");

        machine.abort(reason);

        assertEquals(List.of("start", "caught InProgressAbortedException"), log);
        assertTrue(machine.isFailed());
        assertSame(reason, machine.exception());
        assertTrue(reported.isEmpty());
    }

    @Test
    void aBodyThatSwallowsTheAbortAndAwaitsAgainEndsFailedAndIsReported() {
        InProgress<String> a = new InProgress<>();
        InProgress<String> second = new InProgress<>();
        Catching machine = new Catching(log, a, OnCatch.AWAIT_AGAIN, second);
        machine.start();
        InProgressAbortedException reason = new InProgressAbortedException("stop");

        machine.abort(reason);

        assertTrue(machine.isFailed());
        assertSame(reason, machine.exception());
        assertEquals(1, reported.size(), () -> "reported: " + reported);
        assertInstanceOf(IllegalStateException.class, reported.get(0));
        assertSame(reason, reported.get(0).getCause());
        assertEquals(0, second.listenerCount(), "the second suspension is undone");

        second.finish("late");
        assertEquals(List.of("start", "caught InProgressAbortedException"), log);
        assertSame(reason, machine.exception());
        reported.clear(); // the reports this test expects, checked above
    }

    @Test
    void aBodyThatSwallowsTheAbortAndYieldsAgainEndsFailedAndIsReported() {
        InProgress<String> a = new InProgress<>();
        Catching machine = new Catching(log, a, OnCatch.YIELD_AGAIN, null);
        machine.start();

        machine.abort();

        assertTrue(machine.isFailed());
        assertInstanceOf(InProgressAbortedException.class, machine.exception());
        assertEquals(1, reported.size(), () -> "reported: " + reported);
        assertInstanceOf(IllegalStateException.class, reported.get(0));

        stepToSentinelAt(MS);
        assertEquals(List.of("start", "caught InProgressAbortedException", "sentinel"), log,
                "no slice may run after the machine ended");
        reported.clear(); // the reports this test expects, checked above
    }

    @Test
    void abortDuringAQueuedTimeSliceThrowsAtTheSliceAndNothingRunsLater() {
        Slicer machine = new Slicer(0, 5);
        machine.start();

        assertTrue(machine.abort());

        assertTrue(machine.isFailed());
        assertInstanceOf(InProgressAbortedException.class, machine.exception());
        // The queued slice stays in the run queue (it cannot be taken out) but must do nothing when it runs.
        notifier.schedule(MS, () -> log.add("sentinel"));
        notifier.loopUntil(() -> log.contains("sentinel"));
        assertEquals(List.of("start@0", "sentinel"), log);
    }

    @Test
    void abortDuringATimerSliceCancelsTheTimer() {
        Slicer machine = new Slicer(100, 5);
        machine.start();

        assertTrue(machine.abort());

        assertInstanceOf(InProgressAbortedException.class, machine.exception());
        stepToSentinelAt(1_000 * MS);
        assertEquals(List.of("start@0", "sentinel"), log);
    }

    @Test
    void abortOfAFinishedMachineReturnsFalse() {
        Sequence machine = new Sequence(0, log, List.of());
        machine.start();
        AtomicInteger emitted = new AtomicInteger();
        machine.abortSignal().connect(r -> emitted.incrementAndGet());

        assertFalse(machine.abort());

        assertEquals("", machine.result());
        assertEquals(0, emitted.get());
    }

    @Test
    void abortingTwiceDeliversOneAbort() {
        InProgress<String> a = new InProgress<>();
        Catching machine = new Catching(log, a, OnCatch.RETURN, null);
        machine.start();
        AtomicInteger emitted = new AtomicInteger();
        machine.abortSignal().connect(r -> emitted.incrementAndGet());

        assertTrue(machine.abort());
        assertFalse(machine.abort());

        assertEquals(1, emitted.get());
        assertEquals(List.of("start", "caught InProgressAbortedException"), log);
    }

    @Test
    void abortWhileFollowingFailsTheMachineAndAbortsTheFollowed() {
        InProgress<String> target = new InProgress<>();
        Follow machine = new Follow(target);
        machine.start();

        assertTrue(machine.abort());

        assertInstanceOf(InProgressAbortedException.class, machine.exception());
        assertTrue(target.isFailed(), "nothing else listened to the followed InProgress");
    }

    @Test
    void anAbortFromInsideTheBodyIsThrownAtItsNextAwait() {
        AbortsItself machine = new AbortsItself();
        AtomicInteger emitted = new AtomicInteger();
        machine.abortSignal().connect(r -> emitted.incrementAndGet());

        machine.start();

        assertEquals(List.of("abort returned true", "caught abort"), log);
        assertTrue(machine.isFailed(), "the body returned, but an aborted coroutine ends failed");
        assertInstanceOf(InProgressAbortedException.class, machine.exception());
        assertEquals(1, emitted.get());
        assertTrue(reported.isEmpty(), () -> "reported: " + reported);
    }

    @Test
    void abortFromAnotherThreadWhileDrivenIsDeliveredOnTheNotifierThread() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Thread loopThread = Thread.currentThread();
            InProgress<String> a = new InProgress<>();
            Catching machine = new Catching(log, a, OnCatch.RETHROW, null);
            machine.start();
            AtomicReference<Boolean> returned = new AtomicReference<>();
            notifier.enqueue(() -> {
                Thread aborter = new Thread(() -> returned.set(machine.abort()), "aborter");
                aborter.setDaemon(true);
                aborter.start();
            });

            notifier.loopUntil(machine::isFinished);

            assertSame(loopThread, machine.caughtOn);
            assertInstanceOf(InProgressAbortedException.class, machine.exception());
            assertTrue(a.isFailed());
        });
    }

    // ------------------------------------------------------------------------------------------ threads

    @Test
    void anAwaitFinishedFromAnotherThreadWhileDrivenResumesOnceOnTheNotifierThread() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Thread loopThread = Thread.currentThread();
            for (int round = 0; round < 200; round++) {
                InProgress<String> a = new InProgress<>();
                Sequence machine = new Sequence(0, new ArrayList<>(), List.of(a));
                String value = "v" + round;
                notifier.enqueue(() -> {
                    Thread finisher = new Thread(() -> a.finish(value), "finisher");
                    finisher.setDaemon(true);
                    finisher.start();
                    machine.start(); // races with the finisher: suspending or continuing at once
                });

                notifier.loopUntil(machine::isFinished);

                assertEquals(value, machine.result());
                assertEquals(1, machine.resumes.get(), "round " + round);
                assertSame(loopThread, machine.resumedOn, "round " + round);
            }
        });
    }

    // ------------------------------------------------------------------------------------------ depth

    @Test
    void aChainOf100000MachinesEachAwaitingTheNextCompletesWithoutStackOverflow() {
        int length = 100_000;
        InProgress<Integer> leaf = new InProgress<>();
        PlusOne[] machines = new PlusOne[length];
        InProgress<Integer> next = leaf;
        for (int i = length - 1; i >= 0; i--) {
            machines[i] = new PlusOne(next);
            machines[i].start();
            next = machines[i];
        }
        assertFalse(machines[0].isFinished());

        leaf.finish(0);

        for (PlusOne machine : machines) {
            assertTrue(machine.isFinished(), "every machine finishes before leaf.finish() returns");
        }
        assertEquals(length, machines[0].result());
        assertNull(machines[0].exception());
        assertTrue(reported.isEmpty(), () -> "reported: " + reported.get(0));
    }
}
