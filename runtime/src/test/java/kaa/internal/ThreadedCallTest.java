package kaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import kaa.ThreadPool;
import kaa.Threaded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import kaa.NotifierReports;

/** {@link ThreadedCall#run}: where {@code @Threaded} bodies run, and how their results and failures come back. */
@ExtendWith(NotifierReports.class)
class ThreadedCallTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final long WAIT_SECONDS = 20;
    private static final AtomicInteger POOL_NAMES = new AtomicInteger();

    private Notifier previousNotifier;
    private Notifier notifier;
    private final List<ThreadPool> pools = new ArrayList<>();
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();

    @BeforeEach
    void freshNotifier() {
        previousNotifier = Main.notifier();
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void shutDownPoolsAndRestoreTheNotifier() {
        pools.forEach(ThreadPool::shutdown);
        Main.setNotifier(previousNotifier);
        notifier.close();
        assertTrue(reported.isEmpty(), () -> "callbacks failed: " + reported);
    }

    private ThreadPool register(int size) {
        ThreadPool pool = ThreadPool.builder("threaded-call-test-" + POOL_NAMES.incrementAndGet()).size(size)
                .register();
        pools.add(pool);
        return pool;
    }

    /**
     * Drives the notifier (boundedly) until {@code ip} has finished: a job's outcome is delivered on the notifier
     * thread.
     */
    private void awaitFinished(InProgress<?> ip) {
        assertTimeoutPreemptively(Duration.ofSeconds(WAIT_SECONDS), () -> notifier.loopUntil(ip::isFinished),
                () -> "never finished: " + ip);
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS), "timed out waiting for a latch");
    }

    /** A throwable that is neither an Exception nor an Error: a body may still throw it. */
    private static final class OddThrowable extends Throwable {
        private static final long serialVersionUID = 1L;

        OddThrowable() {
            super("odd");
        }
    }

    // ------------------------------------------------------------------------------------------ where bodies run

    @Test
    void noPoolRunsTheBodyOnANewDaemonThreadNamedAfterTheMethod() throws InterruptedException {
        InProgress<Thread> ip = ThreadedCall.run("", 9, "Loader.load",
                () -> InProgress.finished(Thread.currentThread()));
        awaitFinished(ip);
        assertEquals("Loader.load", ip.result().getName());
        assertTrue(ip.result().isDaemon());
        assertNotSame(Thread.currentThread(), ip.result());
    }

    @Test
    void aNamedPoolRunsTheBodyThereByPriority() throws InterruptedException {
        ThreadPool pool = register(1);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        ThreadedCall.run(pool.name(), 0, "Blocker.block", () -> {
            busy.countDown();
            gate.await();
            return InProgress.finished(null);
        });
        await(busy);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        InProgress<String> low = ThreadedCall.run(pool.name(), 1, "Jobs.low", () -> {
            order.add("low");
            return InProgress.finished(Thread.currentThread().getName());
        });
        InProgress<String> high = ThreadedCall.run(pool.name(), 7, "Jobs.high", () -> {
            order.add("high");
            return InProgress.finished(Thread.currentThread().getName());
        });
        gate.countDown();
        awaitFinished(low);
        awaitFinished(high);

        assertEquals(List.of("high", "low"), order);
        assertEquals(pool.name() + "-1", low.result());
    }

    @Test
    void anUnknownPoolIsThrownAtTheCallSite() {
        AtomicBoolean ran = new AtomicBoolean();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThreadedCall.run("no-such-pool", 0, "Loader.load", () -> {
                    ran.set(true);
                    return InProgress.finished(null);
                }));
        assertTrue(e.getMessage().contains("ThreadPool.builder(\"no-such-pool\").size(n).register()"), e::getMessage);
        assertFalse(ran.get());
    }

    @Test
    void mainRunsTheBodySynchronouslyOnTheLoopThread() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AtomicReference<InProgress<Thread>> result = new AtomicReference<>();
            AtomicBoolean finishedWhenReturned = new AtomicBoolean();
            notifier.enqueue(() -> {
                InProgress<Thread> ip = ThreadedCall.run(Threaded.MAIN, 0, "Ui.update",
                        () -> InProgress.finished(Thread.currentThread()));
                finishedWhenReturned.set(ip.isFinished());
                result.set(ip);
            });
            notifier.loopUntil(() -> result.get() != null);

            assertTrue(finishedWhenReturned.get(), "on the loop thread the body runs before run() returns");
            assertSame(Thread.currentThread(), result.get().result());
        });
    }

    @Test
    void mainFromAnotherThreadIsPostedToTheLoopThread() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Thread loopThread = Thread.currentThread();
            AtomicReference<InProgress<Thread>> result = new AtomicReference<>();
            notifier.enqueue(() -> {
                Thread caller = new Thread(() -> {
                    result.set(ThreadedCall.run(Threaded.MAIN, 0, "Ui.update",
                            () -> InProgress.finished(Thread.currentThread())));
                    notifier.wakeUp(); // the loop may have run the body before result was set
                }, "caller");
                caller.start();
            });
            notifier.loopUntil(() -> result.get() != null && result.get().isFinished());

            assertSame(loopThread, result.get().result());
        });
    }

    @Test
    void mainWhileNothingDrivesTheNotifierRunsOnTheCallingThread() {
        InProgress<Thread> ip = ThreadedCall.run(Threaded.MAIN, 0, "Setup.init",
                () -> InProgress.finished(Thread.currentThread()));
        assertTrue(ip.isFinished());
        assertSame(Thread.currentThread(), ip.result());
    }

    @Test
    void currentJobIsTheCallsInProgressAlsoWhenMainCallsNest() {
        AtomicReference<InProgress<?>> outerBefore = new AtomicReference<>();
        AtomicReference<InProgress<?>> innerSeen = new AtomicReference<>();
        AtomicReference<InProgress<?>> innerResult = new AtomicReference<>();
        AtomicReference<InProgress<?>> outerAfter = new AtomicReference<>();
        InProgress<String> outer = ThreadedCall.run(Threaded.MAIN, 0, "Outer.call", () -> {
            outerBefore.set(ThreadPool.currentJob());
            innerResult.set(ThreadedCall.run(Threaded.MAIN, 0, "Inner.call", () -> {
                innerSeen.set(ThreadPool.currentJob());
                return InProgress.finished("inner");
            }));
            outerAfter.set(ThreadPool.currentJob());
            return InProgress.finished("outer");
        });

        assertSame(outer, outerBefore.get());
        assertSame(innerResult.get(), innerSeen.get());
        assertSame(outer, outerAfter.get());
        assertNull(ThreadPool.currentJob());
    }

    // ------------------------------------------------------------------------------------------ results

    @Test
    void aBodyThatReturnsNullFailsWithANullPointerExceptionNamingTheMethod() throws InterruptedException {
        InProgress<String> ip = ThreadedCall.run("", 0, "Loader.load", () -> null);
        awaitFinished(ip);
        NullPointerException e = assertInstanceOf(NullPointerException.class, ip.exception());
        assertTrue(e.getMessage().contains("Loader.load"), e::getMessage);
        assertTrue(e.getMessage().contains("done(value)"), e::getMessage);
    }

    @Test
    void anUnfinishedBodyResultIsFollowed() throws InterruptedException {
        ThreadPool pool = register(1);
        InProgress<String> later = new InProgress<>();
        InProgress<String> failsLater = new InProgress<>();
        InProgress<String> followsValue = ThreadedCall.run(pool.name(), 0, "Loader.later", () -> later);
        InProgress<String> followsFailure = ThreadedCall.run(pool.name(), 0, "Loader.failsLater", () -> failsLater);
        awaitFinished(ThreadedCall.run(pool.name(), 0, "Marker.after", () -> InProgress.finished(null)));

        assertFalse(followsValue.isFinished(), "the result must wait for the InProgress the body returned");
        assertFalse(followsFailure.isFinished());
        later.finish("v");
        IOException failure = new IOException("late");
        failsLater.fail(failure);

        assertEquals("v", followsValue.result());
        assertSame(failure, followsFailure.exception());
    }

    @Test
    void anyThrowableFailsTheResultWithTheSameObject() throws InterruptedException {
        OddThrowable odd = new OddThrowable();
        IOException checked = new IOException("io");
        StackOverflowError error = new StackOverflowError("deep");
        InProgress<String> failedOdd = ThreadedCall.run("", 0, "A.odd", () -> {
            throw odd;
        });
        InProgress<String> failedChecked = ThreadedCall.run(Threaded.MAIN, 0, "A.checked", () -> {
            throw checked;
        });
        InProgress<String> failedError = ThreadedCall.run("", 0, "A.error", () -> {
            throw error;
        });
        awaitFinished(failedOdd);
        awaitFinished(failedChecked);
        awaitFinished(failedError);

        assertSame(odd, failedOdd.exception());
        assertSame(checked, failedChecked.exception());
        assertSame(error, failedError.exception());
    }

    // ------------------------------------------------------------------------------------------ aborts

    @Test
    void abortingARunningCallOnItsOwnThreadInterruptsIt() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicReference<Thread> thread = new AtomicReference<>();
        InProgress<String> ip = ThreadedCall.run("", 0, "Slow.call", () -> {
            thread.set(Thread.currentThread());
            running.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return InProgress.finished("dropped");
        });
        await(running);

        assertTrue(ip.abort());
        thread.get().join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

        assertTrue(interrupted.get());
        assertInstanceOf(InProgressAbortedException.class, ip.exception());
    }

    @Test
    void abortingAPostedMainCallBeforeItRunsSkipsIt() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AtomicBoolean bodyRan = new AtomicBoolean();
            AtomicBoolean laterPostRan = new AtomicBoolean();
            AtomicReference<InProgress<String>> result = new AtomicReference<>();
            notifier.enqueue(() -> {
                // The loop thread is busy in this task while the caller posts and aborts: the post cannot run yet.
                Thread caller = new Thread(() -> {
                    InProgress<String> ip = ThreadedCall.run(Threaded.MAIN, 0, "Ui.update", () -> {
                        bodyRan.set(true);
                        return InProgress.finished("ran");
                    });
                    ip.abort();
                    result.set(ip);
                    notifier.post(() -> laterPostRan.set(true));
                }, "caller");
                caller.start();
                try {
                    caller.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            notifier.loopUntil(laterPostRan::get);

            assertFalse(bodyRan.get(), "an aborted posted call must not run");
            assertInstanceOf(InProgressAbortedException.class, result.get().exception());
        });
    }

    @Test
    void abortingWhileFollowingAbortsTheFollowedInProgressUnlessSomeoneElseWaitsForIt() throws InterruptedException {
        InProgress<String> alone = new InProgress<>();
        InProgress<String> shared = new InProgress<>();
        shared.connect(v -> { });
        InProgress<String> followsAlone = ThreadedCall.run("", 0, "A.alone", () -> alone);
        InProgress<String> followsShared = ThreadedCall.run("", 0, "A.shared", () -> shared);
        // The bodies' results are handed over on the notifier thread.
        assertTimeoutPreemptively(Duration.ofSeconds(WAIT_SECONDS),
                () -> notifier.loopUntil(() -> alone.listenerCount() > 0 && shared.listenerCount() >= 2),
                "the calls never started following");

        assertTrue(followsAlone.abort());
        assertTrue(followsShared.abort());

        assertInstanceOf(InProgressAbortedException.class, alone.exception());
        assertFalse(shared.isFinished(), "someone else waits for it: it must not be aborted");
        assertEquals(1, shared.listenerCount());
        assertInstanceOf(InProgressAbortedException.class, followsShared.exception());
    }

    @Test
    void abortingACallWhoseThreadMovedOnDoesNotInterruptThatThread() throws InterruptedException {
        ThreadPool pool = register(1);
        InProgress<String> pending = new InProgress<>();
        InProgress<String> following = ThreadedCall.run(pool.name(), 0, "A.following", () -> pending);
        CountDownLatch nextRunning = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        InProgress<String> next = ThreadedCall.run(pool.name(), 0, "A.next", () -> {
            nextRunning.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                return InProgress.finished("interrupted");
            }
            return InProgress.finished("not interrupted");
        });
        await(nextRunning);

        assertTrue(following.abort());
        gate.countDown();
        awaitFinished(next);

        assertEquals("not interrupted", next.result());
        assertInstanceOf(InProgressAbortedException.class, following.exception());
    }
}
