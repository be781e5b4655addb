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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Derived {@link InProgress} objects: timeout, noAbort, any, all and the CompletableFuture bridges. */
@ExtendWith(NotifierReports.class)
class InProgressCombinatorsTest {
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
        assertTrue(reported.isEmpty(), () -> "callbacks failed: " + reported);
    }

    /** Schedules a sentinel at {@code at} and steps once: the clock then tells whether an earlier timer was pending. */
    private void stepToSentinelAt(long at) {
        notifier.schedule(at - clock.nanoTime(), () -> log.add("sentinel"));
        notifier.step();
        assertEquals(at, clock.nanoTime(), "no earlier timer may be pending");
        assertTrue(log.contains("sentinel"));
    }

    // ------------------------------------------------------------------------------------------ timeout

    /**
     * What the combinators make says what it stands for, so a coroutine's dump entry and {@code toString()} name what
     * it awaits (usertest round 13: every one printed as {@code InProgress[pending]}).
     */
    @Test
    void derivedInProgressesSayWhatTheyStandFor() {
        InProgress<String> never = new InProgress<>();
        InProgress<String> done = InProgress.finished("v");
        assertEquals("timeout PT1H of InProgress[pending][pending]", never.timeout(Duration.ofHours(1)).toString());
        assertEquals("all of 2, pending: InProgress[pending][pending]", InProgress.all(never, done).toString());
        assertEquals("any of 1, pending: InProgress[pending][pending]", InProgress.any(never).toString());
        Signal<String> signal = new Signal<>();
        assertEquals("next emission of Signal[1 callbacks][pending]", signal.next().toString());
        CompletableFuture<String> future = new CompletableFuture<>();
        InProgress<String> fromFuture = InProgress.from(future);
        assertEquals("from " + future + "[pending]", fromFuture.toString());
        Channel<String> rendezvous = new Channel<>(0);
        InProgress<Void> send = rendezvous.send("x");
        assertEquals("Channel.send (" + rendezvous + ")[pending]", send.toString());
        Channel<String> empty = new Channel<>(1);
        InProgress<String> receive = empty.receive();
        assertEquals("Channel.receive (" + empty + ")[pending]", receive.toString());
    }

    @Test
    void timeoutFailsTheDerivedAfterTheDurationAndLeavesTheOriginalRunning() {
        InProgress<String> original = new InProgress<>();
        AtomicInteger abortsOfOriginal = new AtomicInteger();
        original.abortSignal().connect(reason -> abortsOfOriginal.incrementAndGet());

        InProgress<String> derived = original.timeout(Duration.ofSeconds(2));
        assertNotSameObject(original, derived);
        assertFalse(derived.isFinished());

        notifier.loopUntil(derived::isFinished);

        assertEquals(2 * SECOND, clock.nanoTime());
        assertInstanceOf(InProgressTimeoutException.class, derived.exception());
        assertEquals("timed out after PT2S: " + original, derived.exception().getMessage(), "names what timed out");
        assertFalse(original.isFinished(), "the original keeps running");
        assertEquals(0, abortsOfOriginal.get());

        original.finish("late");
        assertInstanceOf(InProgressTimeoutException.class, derived.exception(), "the derived stays timed out");
    }

    @Test
    void timeoutWithAbortAbortsTheOriginal() {
        InProgress<String> original = new InProgress<>();
        List<InProgressAbortedException> aborts = new ArrayList<>();
        original.abortSignal().connect(aborts::add);

        InProgress<String> derived = original.timeout(Duration.ofSeconds(2), true);
        notifier.loopUntil(derived::isFinished);

        assertEquals(2 * SECOND, clock.nanoTime());
        InProgressTimeoutException timedOut =
                assertInstanceOf(InProgressTimeoutException.class, derived.exception());
        assertTrue(original.isFailed());
        assertInstanceOf(InProgressAbortedException.class, original.exception());
        assertEquals(1, aborts.size());
        assertSame(timedOut, aborts.get(0));
    }

    @Test
    void timeoutWithAbortHasAbortedTheOriginalWhenTheDerivedFails() {
        InProgress<String> original = new InProgress<>();
        InProgress<String> derived = original.timeout(Duration.ofSeconds(2), true);
        List<Boolean> originalFailedWhenDerivedFailed = new ArrayList<>();
        derived.connectBoth(value -> { }, failure -> originalFailedWhenDerivedFailed.add(original.isFailed()));

        notifier.loopUntil(derived::isFinished);

        assertEquals(List.of(true), originalFailedWhenDerivedFailed);
        assertSame(derived.exception(), original.exception());
    }

    @Test
    void finishingTheOriginalFirstFinishesTheDerivedAndStopsTheTimer() {
        InProgress<String> original = new InProgress<>();
        InProgress<String> derived = original.timeout(Duration.ofSeconds(5), true);

        clock.advance(Duration.ofSeconds(1));
        original.finish("value");

        assertEquals("value", derived.result());
        stepToSentinelAt(10 * SECOND);
        assertEquals("value", derived.result());
        assertEquals("value", original.result());
    }

    @Test
    void failingTheOriginalFirstFailsTheDerivedWithTheSameFailure() {
        InProgress<String> original = new InProgress<>();
        InProgress<String> derived = original.timeout(Duration.ofSeconds(5));
        IOException failure = new IOException("x");

        original.fail(failure);

        assertSame(failure, derived.exception());
        stepToSentinelAt(10 * SECOND);
    }

    @Test
    void timeoutOfAnAlreadyFinishedInProgressFinishesAtOnceAndLeavesNoTimer() {
        InProgress<String> derived = InProgress.finished("done").timeout(Duration.ofSeconds(5));

        assertEquals("done", derived.result());
        stepToSentinelAt(10 * SECOND);
    }

    @Test
    void abortingTheDerivedStopsTheTimerAndAbortsTheOriginalNobodyElseAwaits() {
        // As an aborted coroutine aborts what it awaits: yield_(op().timeout(d)) aborted stops op (usertest round 4).
        InProgress<String> original = new InProgress<>();
        InProgress<String> derived = original.timeout(Duration.ofSeconds(5), true);
        InProgressAbortedException reason = new InProgressAbortedException("stop");

        assertTrue(derived.abort(reason));

        assertSame(reason, derived.exception());
        assertSame(reason, original.exception());
        stepToSentinelAt(10 * SECOND); // the timer was stopped: nothing times out later
        assertSame(reason, original.exception());
    }

    @Test
    void abortingTheDerivedLeavesAnOriginalThatSomethingElseAwaits() {
        InProgress<String> original = new InProgress<>();
        InProgress<String> derived = original.timeout(Duration.ofSeconds(5), true);
        InProgress<String> otherWaiter = original.noAbort();

        assertTrue(derived.abort());

        assertInstanceOf(InProgressAbortedException.class, derived.exception());
        assertFalse(original.isFinished());
        stepToSentinelAt(10 * SECOND);
        assertFalse(original.isFinished());
        assertFalse(otherWaiter.isFinished());
    }

    // ------------------------------------------------------------------------------------------ noAbort

    @Test
    void abortingTheNoAbortViewFailsOnlyTheView() {
        InProgress<String> original = new InProgress<>();
        AtomicInteger abortsOfOriginal = new AtomicInteger();
        original.abortSignal().connect(reason -> abortsOfOriginal.incrementAndGet());
        InProgress<String> view = original.noAbort();

        assertTrue(view.abort());

        assertInstanceOf(InProgressAbortedException.class, view.exception());
        assertFalse(original.isFinished());
        assertEquals(0, abortsOfOriginal.get());

        original.finish("value");
        assertEquals("value", original.result());
        assertInstanceOf(InProgressAbortedException.class, view.exception());
    }

    @Test
    void theNoAbortViewFollowsTheOriginal() {
        InProgress<String> original = new InProgress<>();
        InProgress<String> view = original.noAbort();
        assertFalse(view.isFinished());
        original.finish("value");
        assertEquals("value", view.result());

        RuntimeException failure = new RuntimeException("x");
        InProgress<String> failing = new InProgress<>();
        InProgress<String> failingView = failing.noAbort();
        failing.fail(failure);
        assertSame(failure, failingView.exception());

        assertEquals("done", InProgress.finished("done").noAbort().result());
    }

    // ------------------------------------------------------------------------------------------ any

    @Test
    void anyFinishesWithTheFirstChildToFinish() {
        InProgress<String> a = new InProgress<>();
        InProgress<String> b = new InProgress<>();
        InProgress<String> c = new InProgress<>();
        InProgress<AnyResult<String>> first = InProgress.any(a, b, c);
        assertFalse(first.isFinished());

        b.finish("bee");
        a.finish("ay");
        c.fail(new RuntimeException("late"));

        AnyResult<String> result = first.result();
        assertEquals(1, result.index());
        assertEquals("bee", result.value());
        assertNull(result.failure());
        assertFalse(result.isFailed());
    }

    @Test
    void aFailingChildFinishesAnyWithItsFailure() {
        InProgress<String> a = new InProgress<>();
        InProgress<String> b = new InProgress<>();
        InProgress<AnyResult<String>> first = InProgress.any(List.of(a, b));
        IllegalStateException failure = new IllegalStateException("b failed");

        b.fail(failure);
        a.finish("late");

        assertFalse(first.isFailed(), "any() finishes with the failure as its value");
        AnyResult<String> result = first.result();
        assertEquals(1, result.index());
        assertNull(result.value());
        assertSame(failure, result.failure());
        assertTrue(result.isFailed());
    }

    @Test
    void anyOfFinishedChildrenTakesTheFirstByPosition() {
        InProgress<String> pending = new InProgress<>();
        InProgress<AnyResult<String>> first =
                InProgress.any(pending, InProgress.finished("second"), InProgress.finished("third"));
        assertEquals(new AnyResult<>(1, "second", null), first.result());
    }

    @Test
    void anyWithNoChildrenIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> InProgress.any());
        assertThrows(IllegalArgumentException.class, () -> InProgress.any(List.of()));
    }

    /** A null child is the caller's mistake, named alike by any() and all(), before anything is connected. */
    @Test
    void aNullChildIsRejectedByAnyAndAllAlikeWithItsIndex() {
        InProgress<Integer> pending = new InProgress<>();
        NullPointerException ofAny = assertThrows(NullPointerException.class,
                () -> InProgress.any(InProgress.finished(1), null));
        assertEquals("any(): InProgress 1 of 2 is null", ofAny.getMessage());
        NullPointerException ofAll = assertThrows(NullPointerException.class,
                () -> InProgress.all(pending, null));
        assertEquals("all(): InProgress 1 of 2 is null", ofAll.getMessage());
        assertEquals(0, pending.listenerCount(), "nothing was connected to the other child");
        assertThrows(NullPointerException.class,
                () -> InProgress.all((List<InProgress<Integer>>) null));
    }

    // ------------------------------------------------------------------------------------------ all

    @Test
    void abortingAnyOrAllAbortsTheChildrenNobodyElseAwaits() {
        InProgress<String> a = new InProgress<>();
        InProgress<String> b = new InProgress<>();
        InProgress<String> done = InProgress.finished("done");
        InProgress<String> shared = new InProgress<>();
        InProgress<String> sharedWaiter = shared.noAbort();

        InProgress<List<String>> all = InProgress.all(a, done, shared);
        assertTrue(all.abort());
        InProgress<AnyResult<String>> any = InProgress.any(b, shared);
        assertTrue(any.abort());

        assertInstanceOf(InProgressAbortedException.class, a.exception());
        assertInstanceOf(InProgressAbortedException.class, b.exception());
        assertEquals("done", done.result());
        assertFalse(shared.isFinished(), "awaited elsewhere too: left alone");
        assertFalse(sharedWaiter.isFinished());
    }

    @Test
    void anyLeavesTheLosersRunningWhenItFinishes() {
        InProgress<String> winner = new InProgress<>();
        InProgress<String> loser = new InProgress<>();
        InProgress<AnyResult<String>> first = InProgress.any(winner, loser);

        winner.finish("w");

        assertEquals(0, first.result().index());
        assertFalse(loser.isFinished(), "any() reports the first; aborting the others is the caller's choice");
        assertEquals(0, loser.listenerCount());
    }

    @Test
    void allFinishesWithTheValuesInOrder() {
        InProgress<String> a = new InProgress<>();
        InProgress<String> b = new InProgress<>();
        InProgress<String> c = new InProgress<>();
        InProgress<List<String>> all = InProgress.all(a, b, c);

        c.finish("c");
        a.finish(null);
        assertFalse(all.isFinished());
        b.finish("b");

        assertEquals(Arrays.asList(null, "b", "c"), all.result());
    }

    @Test
    void allOfFinishedChildrenFinishesAtOnce() {
        InProgress<List<Integer>> all = InProgress.all(List.of(InProgress.finished(1), InProgress.finished(2)));
        assertEquals(List.of(1, 2), all.result());
    }

    @Test
    void allFailsWithTheFirstFailureByPositionOnceAllHaveFinished() {
        InProgress<String> a = new InProgress<>();
        InProgress<String> b = new InProgress<>();
        InProgress<String> c = new InProgress<>();
        InProgress<List<String>> all = InProgress.all(a, b, c);
        RuntimeException failureOfC = new RuntimeException("c");
        RuntimeException failureOfB = new RuntimeException("b");

        c.fail(failureOfC);
        assertFalse(all.isFinished(), "all() waits for every child");
        b.fail(failureOfB);
        assertFalse(all.isFinished());
        a.finish("a");

        assertTrue(all.isFailed());
        assertSame(failureOfB, all.exception());
    }

    @Test
    void allOfNothingIsFinishedWithAnEmptyList() {
        InProgress<List<Object>> all = InProgress.all();
        assertTrue(all.isFinished());
        assertEquals(List.of(), all.result());
        assertEquals(List.of(), InProgress.all(List.of()).result());
    }

    @Test
    void allTakesASnapshotOfTheList() {
        InProgress<String> a = new InProgress<>();
        List<InProgress<String>> children = new ArrayList<>(List.of(a));
        InProgress<List<String>> all = InProgress.all(children);
        children.add(new InProgress<>());
        a.finish("a");
        assertEquals(List.of("a"), all.result());
    }

    // ------------------------------------------------------------------------------------------ CompletableFuture

    @Test
    void toCompletableFutureCompletesWithTheValue() throws Exception {
        InProgress<String> ip = new InProgress<>();
        CompletableFuture<String> future = ip.toCompletableFuture();
        assertFalse(future.isDone());

        ip.finish("value");

        assertEquals("value", future.getNow(null));
        assertEquals("now", InProgress.finished("now").toCompletableFuture().getNow(null));
    }

    @Test
    void toCompletableFutureCompletesExceptionallyWithTheSameFailure() {
        InProgress<String> ip = new InProgress<>();
        CompletableFuture<String> future = ip.toCompletableFuture();
        IOException failure = new IOException("x");

        ip.fail(failure);

        assertTrue(future.isCompletedExceptionally());
        assertFalse(future.isCancelled());
        ExecutionException thrown = assertThrows(ExecutionException.class, future::get);
        assertSame(failure, thrown.getCause());
    }

    @Test
    void cancellingTheFutureAbortsTheInProgress() {
        InProgress<String> ip = new InProgress<>();
        List<InProgressAbortedException> aborts = new ArrayList<>();
        ip.abortSignal().connect(aborts::add);
        CompletableFuture<String> future = ip.toCompletableFuture();

        assertTrue(future.cancel(true));

        assertTrue(future.isCancelled());
        assertEquals(1, aborts.size());
        assertTrue(ip.isFailed());
        assertInstanceOf(InProgressAbortedException.class, ip.exception());
    }

    @Test
    void cancellingACompletedFutureDoesNotAbort() {
        InProgress<String> ip = new InProgress<>();
        CompletableFuture<String> future = ip.toCompletableFuture();
        ip.finish("v");
        assertFalse(future.cancel(true));
        assertEquals("v", ip.result());
    }

    @Test
    void abortingTheInProgressCompletesTheFutureWithTheAbort() {
        InProgress<String> ip = new InProgress<>();
        CompletableFuture<String> future = ip.toCompletableFuture();
        InProgressAbortedException reason = new InProgressAbortedException("stop");

        ip.abort(reason);

        assertTrue(future.isCompletedExceptionally());
        CompletionException thrown = assertThrows(CompletionException.class, future::join);
        assertSame(reason, thrown.getCause());
    }

    @Test
    void fromCompletesWithTheValue() {
        CompletableFuture<String> future = new CompletableFuture<>();
        InProgress<String> ip = InProgress.from(future);
        assertFalse(ip.isFinished());

        future.complete("value");

        assertEquals("value", ip.result());
        assertEquals("now", InProgress.from(CompletableFuture.completedFuture("now")).result());
    }

    @Test
    void fromFailsWithTheSameFailureUnwrapped() {
        CompletableFuture<String> future = new CompletableFuture<>();
        InProgress<String> ip = InProgress.from(future);
        IOException failure = new IOException("x");

        future.completeExceptionally(failure);

        assertSame(failure, ip.exception());

        // A dependent stage sees the failure wrapped in CompletionException; from() unwraps it.
        CompletableFuture<String> source = new CompletableFuture<>();
        InProgress<String> dependent = InProgress.from(source.thenApply(s -> s));
        source.completeExceptionally(failure);
        assertSame(failure, dependent.exception());
    }

    @Test
    void fromACancelledStageFailsWithAnAbort() {
        CompletableFuture<String> future = new CompletableFuture<>();
        InProgress<String> ip = InProgress.from(future);

        future.cancel(false);

        InProgressAbortedException aborted = assertInstanceOf(InProgressAbortedException.class, ip.exception());
        assertInstanceOf(CancellationException.class, aborted.getCause());
    }

    @Test
    void abortingTheInProgressCancelsTheFuture() {
        CompletableFuture<String> future = new CompletableFuture<>();
        InProgress<String> ip = InProgress.from(future);

        assertTrue(ip.abort());

        assertTrue(future.isCancelled());
        assertTrue(ip.isFailed());
        assertInstanceOf(InProgressAbortedException.class, ip.exception());
    }

    @Test
    void fromAMinimalCompletionStage() {
        CompletableFuture<String> future = new CompletableFuture<>();
        InProgress<String> ip = InProgress.from(future.minimalCompletionStage());
        future.complete("value");
        assertEquals("value", ip.result());
    }

    private static void assertNotSameObject(Object a, Object b) {
        assertFalse(a == b, "expected a new object");
    }
}
