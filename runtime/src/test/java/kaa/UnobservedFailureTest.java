package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import kaa.internal.UnobservedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failures nobody observed are reported when their {@link InProgress} is collected; observed ones and aborts are not.
 */
@ExtendWith(NotifierReports.class)
class UnobservedFailureTest {
    private Notifier notifier;
    private Consumer<Throwable> previousReporter;
    private final BlockingQueue<Throwable> reports = new LinkedBlockingQueue<>();
    /** Everything reported so far, including reports for other failures (drained from {@link #reports}). */
    private final List<Throwable> seen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        previousReporter = UnobservedFailures.setReporter(reports::add);
    }

    @AfterEach
    void tearDown() {
        try {
            notifier.close();
        } finally {
            UnobservedFailures.setReporter(previousReporter);
        }
    }

    /** Builds an InProgress with {@code make} in its own frame, so only the weak reference remains, and collects it. */
    private static void createAndCollect(Function<Throwable, InProgress<?>> make, Throwable failure) {
        WeakReference<InProgress<?>> reference = makeWeakly(make, failure);
        assertTrue(Gc.collect(reference), "the InProgress was not collected");
    }

    private static WeakReference<InProgress<?>> makeWeakly(Function<Throwable, InProgress<?>> make,
            Throwable failure) {
        return new WeakReference<>(make.apply(failure));
    }

    /** Waits (bounded) until {@code failure} has been reported. */
    private void assertReported(Throwable failure) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!containsSame(seen, failure)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("not reported: " + failure + "; reports: " + seen);
            }
            System.gc();
            Throwable next = reports.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
            if (next != null) {
                seen.add(next);
            }
        }
    }

    /**
     * Asserts that {@code failure}, whose InProgress has been collected, is not reported: two unobserved control
     * failures collected after it must be reported first, giving the cleaner time to have processed it.
     */
    private void assertNotReported(Throwable failure) throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            RuntimeException control = new RuntimeException("control " + round);
            createAndCollect(InProgress::failed, control);
            assertReported(control);
        }
        Throwable late;
        while ((late = reports.poll()) != null) {
            seen.add(late);
        }
        assertFalse(containsSame(seen, failure), "reported although observed or aborted: " + failure);
    }

    private static boolean containsSame(List<Throwable> list, Throwable wanted) {
        for (Throwable t : list) {
            if (t == wanted) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ reported

    @Test
    void anUnobservedFailureIsReportedWhenCollected() throws InterruptedException {
        RuntimeException failure = new RuntimeException("nobody looked");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            ip.fail(f);
            return ip;
        }, failure);
        assertReported(failure);
    }

    /** Usertest round 12, finding 10: a test could not fail on a failure it left unobserved. */
    @Test
    void takenFailuresAreTheCallersOldestFirstAndAreNotReportedLater() throws InterruptedException {
        UnobservedFailures.takePending(); // what earlier tests of this JVM left behind
        RuntimeException first = new RuntimeException("first, never awaited");
        RuntimeException awaited = new RuntimeException("awaited");
        IllegalStateException second = new IllegalStateException("second, never awaited");
        WeakReference<InProgress<?>> firstOwner = makeWeakly(InProgress::failed, first);
        InProgress<String> looked = InProgress.failed(awaited);
        assertThrows(RuntimeException.class, looked::await);
        WeakReference<InProgress<?>> secondOwner = makeWeakly(f -> {
            InProgress<String> ip = new InProgress<>();
            ip.fail(f);
            return ip;
        }, second);

        List<Throwable> taken = Debugging.takeUnobservedFailures();

        assertEquals(2, taken.size(), taken::toString);
        assertSame(first, taken.get(0));
        assertSame(second, taken.get(1));
        assertEquals(List.of(), Debugging.takeUnobservedFailures(), "taken once");
        assertTrue(Gc.collect(firstOwner) && Gc.collect(secondOwner));
        UnobservedFailures.reportPendingAtExit();
        Throwable report;
        while ((report = reports.poll(200, TimeUnit.MILLISECONDS)) != null) {
            assertFalse(report == first || report == second
                    || report.getMessage() != null && report.getMessage().contains("never awaited"),
                    () -> "reported after it was taken: " + reports);
        }
    }

    @Test
    void theFailedFactoryIsReportedWhenUnobserved() throws InterruptedException {
        IllegalStateException failure = new IllegalStateException("failed() and dropped");
        createAndCollect(InProgress::failed, failure);
        assertReported(failure);
    }

    @Test
    void aSuccessCallbackDoesNotObserveTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("only connect()");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            ip.connect(v -> { });
            ip.fail(f);
            ip.connect(v -> { });
            return ip;
        }, failure);
        assertReported(failure);
    }

    @Test
    void aCheckedFailureIsReportedAsItIs() throws InterruptedException {
        // The reported object is the very failure, not a CompletionException around it.
        Exception checked = new Exception("checked and dropped");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            ip.tryFail(f);
            return ip;
        }, checked);
        assertReported(checked);
    }

    // ------------------------------------------------------------------------------------------ not reported

    @Test
    void readingExceptionObservesTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("read through exception()");
        createAndCollect(f -> {
            InProgress<String> ip = InProgress.failed(f);
            assertSame(f, ip.exception());
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void resultObservesTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("thrown by result()");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            ip.fail(f);
            assertThrows(RuntimeException.class, ip::result);
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void awaitingAnAlreadyFailedInProgressObservesTheFailure() throws InterruptedException {
        // kaa logged a failure as unhandled although it had been awaited.
        Exception failure = new Exception("awaited after it failed");
        createAndCollect(f -> {
            InProgress<String> ip = InProgress.failed(f);
            assertThrows(CompletionException.class, ip::await);
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void awaitingAnInProgressThatFailsLaterObservesTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("awaited before it failed");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            new OneShotTimer(() -> ip.fail(f)).start(Duration.ofSeconds(1));
            assertThrows(RuntimeException.class, () -> ip.await(Duration.ofSeconds(5)));
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void connectBothBeforeFailingObservesTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("connectBoth before");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            ip.connectBoth(v -> { }, e -> { });
            ip.fail(f);
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void connectBothAfterFailingObservesTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("connectBoth after");
        createAndCollect(f -> {
            InProgress<String> ip = InProgress.failed(f);
            ip.connectBoth(v -> { }, e -> { });
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void aFutureObservesTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("handed to a CompletableFuture");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            CompletableFuture<String> future = ip.toCompletableFuture();
            ip.fail(f);
            assertTrue(future.isCompletedExceptionally());
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void awaitingInACoroutineObservesTheFailure() throws InterruptedException {
        RuntimeException failure = new RuntimeException("awaited by a coroutine");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            CoroutineMachineTest.Catching machine = new CoroutineMachineTest.Catching(
                    new ArrayList<>(), ip, CoroutineMachineTest.OnCatch.RETURN, null);
            machine.start();
            ip.fail(f);
            assertSame(f, machine.caught);
            return ip;
        }, failure);
        assertNotReported(failure);
    }

    @Test
    void aCoroutineFailingWithTheAwaitedFailureReportsItIfNobodyObservesTheCoroutine()
            throws InterruptedException {
        RuntimeException failure = new RuntimeException("escaped a coroutine");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            CoroutineMachineTest.Sequence machine =
                    new CoroutineMachineTest.Sequence(0, new ArrayList<>(), List.of(ip));
            machine.start();
            ip.fail(f);
            return machine;
        }, failure);
        assertReported(failure);
    }

    @Test
    void anAbortIsNotReported() throws InterruptedException {
        InProgressAbortedException reason = new InProgressAbortedException("aborted on purpose");
        createAndCollect(f -> {
            InProgress<String> ip = new InProgress<>();
            ip.abort((InProgressAbortedException) f);
            return ip;
        }, reason);
        assertNotReported(reason);
    }

    @Test
    void failingWithAnAbortIsNotReported() throws InterruptedException {
        InProgressAbortedException aborted = new InProgressAbortedException("failed with an abort");
        createAndCollect(InProgress::failed, aborted);
        assertNotReported(aborted);
    }

    /** Bug report D9 (ExitUnreported): a timeout is not an abort somebody made; nobody knows of it unless told. */
    @Test
    void aTimeoutNobodyLooksAtIsReported() throws InterruptedException {
        InProgressTimeoutException timedOut = new InProgressTimeoutException("failed with a timeout");
        createAndCollect(InProgress::failed, timedOut);
        assertReported(timedOut);

        List<Throwable> timeouts = new ArrayList<>();
        createAndCollect(f -> {
            InProgress<String> original = new InProgress<>();
            original.abortSignal().connect(timeouts::add);
            InProgress<String> derived = original.timeout(Duration.ofSeconds(1), true);
            notifier.loopUntil(derived::isFinished);
            return derived;
        }, new RuntimeException("unused"));
        assertReported(timeouts.get(0));
    }

    @Test
    void aTimeoutSomebodyLookedAtIsNotReported() throws InterruptedException {
        List<Throwable> timeouts = new ArrayList<>();
        createAndCollect(f -> {
            InProgress<String> derived = new InProgress<String>().timeout(Duration.ofSeconds(1));
            notifier.loopUntil(derived::isFinished);
            timeouts.add(derived.exception());
            return derived;
        }, new RuntimeException("unused"));
        assertNotReported(timeouts.get(0));
    }

    /**
     * timeout(d, true) aborts the original with the timeout: the original (and whatever it awaited) failed because of
     * an abort, which is not reported; only the derived InProgress, if nobody looks at it (the demo helper found every
     * abortOnTimeout logging "Unhandled InProgress failure").
     */
    @Test
    void aTimeoutThatAbortsTheOriginalIsReportedOnlyForTheDerived() throws InterruptedException {
        List<Throwable> timeouts = new ArrayList<>();
        createAndCollect(f -> {
            InProgress<String> awaited = new InProgress<>();
            InProgress<String> original = new InProgress<>();
            original.abortSignal().connect(awaited::abort);
            InProgress<String> derived = original.timeout(Duration.ofMillis(50), true);
            notifier.loopUntil(derived::isFinished);
            timeouts.add(derived.exception());
            assertTrue(original.isFinished() && awaited.isFinished());
            return derived;
        }, new RuntimeException("unused"));
        assertNotReported(timeouts.get(0));
    }

    /**
     * A coroutine suspended in a time slice (at a bare yield_(), no awaited object to abort) that a timeout aborts
     * lets the timeout through its body: an abort, not reported (usertest round 4, finding 03: it was, at exit, while
     * the same coroutine awaiting a delay was not).
     */
    @Test
    void aCoroutineInATimeSliceAbortedByATimeoutIsNotReported() throws InterruptedException {
        List<Throwable> failures = new ArrayList<>();
        createAndCollect(f -> {
            InProgress<String> spinning = new Spinner().start();
            InProgress<String> derived = spinning.timeout(Duration.ofMillis(200), true);
            notifier.loopUntil(derived::isFinished);
            // The derived one is looked at; the coroutine failed with the same exception, and nobody looks at it.
            failures.add(derived.exception());
            return spinning;
        }, new RuntimeException("unused"));
        assertInstanceOf(InProgressTimeoutException.class, failures.get(0));
        assertNotReported(failures.get(0));
    }

    /**
     * An aborted @Threaded call drops its outcome, also the failure its body returns for the interrupt (the README's
     * {@code return InProgress.failed(e)}): nobody can look at it, and whoever aborted knows (usertest round 4,
     * finding 04: it was reported).
     */
    @Test
    void aFailureThatAnAbortedThreadedCallReturnsIsNotReported() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Thread> thread = new AtomicReference<>();
        AtomicReference<Throwable> interrupt = new AtomicReference<>();
        AtomicReference<WeakReference<InProgress<String>>> returned = new AtomicReference<>();
        InProgress<String> call = kaa.internal.ThreadedCall.run("", 0, "Slow.call", () -> {
            thread.set(Thread.currentThread());
            running.countDown();
            try {
                new CountDownLatch(1).await();
                return InProgress.finished("never");
            } catch (InterruptedException e) {
                interrupt.set(e);
                InProgress<String> failed = InProgress.failed(e);
                returned.set(new WeakReference<>(failed));
                return failed;
            }
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));

        assertTrue(call.abort());
        thread.get().join(TimeUnit.SECONDS.toMillis(10));

        assertTrue(Gc.collect(returned.get()), "the returned InProgress was not collected");
        assertNotReported(interrupt.get());
    }

    /** A coroutine that yields time slices of 50 ms forever. */
    static final class Spinner extends kaa.internal.CoroutineMachine<String> {
        Spinner() {
            super(50, TimeUnit.MILLISECONDS);
        }

        @Override
        protected void resume() throws Throwable {
            for (;;) {
                if (label == 1) {
                    resumedFromSlice();
                }
                if (yieldSlice(1)) {
                    return;
                }
                label = 1;
            }
        }
    }

    /** Bug report D9: a failure whose exception refers to its own InProgress was never collected, never reported. */
    static final class HoldingException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        transient InProgress<?> holder;

        HoldingException(String message) {
            super(message);
        }
    }

    @Test
    void aFailureThatRefersToItsOwnInProgressIsReported() throws InterruptedException {
        WeakReference<InProgress<?>> reference = holdingFailure();
        assertTrue(Gc.collect(reference), "the InProgress was not collected");
        Throwable report = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (report == null && System.nanoTime() < deadline) {
            System.gc();
            report = reports.poll(100, TimeUnit.MILLISECONDS);
        }
        assertNotNull(report, "not reported");
        assertTrue(report.getMessage().contains("holds its InProgress"), report.toString());
    }

    private static WeakReference<InProgress<?>> holdingFailure() {
        InProgress<String> ip = new InProgress<>();
        HoldingException failure = new HoldingException("holds its InProgress");
        failure.holder = ip;
        ip.fail(failure);
        return new WeakReference<>(ip);
    }

    /** Bug report D9: without a collection, what is unobserved at exit is reported then. */
    @Test
    void unobservedFailuresStillPendingAreReportedAtExit() throws InterruptedException {
        InProgress<String> kept = InProgress.failed(new IllegalStateException("unobserved at exit"));
        InProgress<String> looked = InProgress.failed(new IllegalStateException("observed before exit"));
        looked.exception();
        UnobservedFailures.reportPendingAtExit(); // what the shutdown hook does
        List<String> messages = new ArrayList<>();
        for (Throwable report; (report = reports.poll()) != null; ) {
            messages.add(report.getMessage()); // other tests' pending failures come too
        }
        assertEquals(1, messages.stream().filter("unobserved at exit"::equals).count(), messages.toString());
        assertFalse(messages.contains("observed before exit"), messages.toString());
        assertTrue(kept.isFailed());
    }
}
