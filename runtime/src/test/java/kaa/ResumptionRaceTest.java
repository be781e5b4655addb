package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kaa.internal.CoroutineMachine;
import kaa.internal.InvocationQueue;
import kaa.internal.Listener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resumption protocol of docs/resumption.md: whoever takes a suspended machine out of what it waits for resumes
 * it, exactly once, and an abort always reaches the body — the hard cases that page lists and that
 * {@code AbortCascadeTest} does not already cover.
 */
@ExtendWith(NotifierReports.class)
class ResumptionRaceTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /**
     * Rounds of a race; a test that asserts both outcomes were seen goes on, up to {@link #MAX_ROUNDS}, until they
     * were (on a loaded machine one thread may win a thousand rounds in a row).
     */
    private static final int ROUNDS = 1_000;
    private static final int MAX_ROUNDS = 50_000;

    private Notifier notifier;
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
        assertTrue(reported.isEmpty(), () -> "unexpected reports (a test that expects some clears them): " + reported);
    }

    /**
     * {@code try { v = yield_(first); w = yield_(second); return done(v + w); } catch (Throwable e) { caught = e; throw
     * e; } finally { finallies++; }}, counting every entry into the states that resume it.
     */
    static final class TwoAwaits extends CoroutineMachine<Integer> {
        final AtomicInteger resumes = new AtomicInteger();
        final AtomicInteger finallies = new AtomicInteger();
        volatile Throwable caught;
        private final InProgress<Integer> first;
        private final InProgress<Integer> second;
        private Integer v;

        TwoAwaits(InProgress<Integer> first, InProgress<Integer> second) {
            super(0, TimeUnit.MILLISECONDS);
            this.first = first;
            this.second = second;
        }

        @Override
        protected void resume() throws Throwable {
            dispatch:
            for (;;) {
                try {
                    switch (label) {
                        case 0: {
                            if (await(first, 1)) {
                                return;
                            }
                            label = 1;
                            continue dispatch;
                        }
                        case 1: {
                            resumes.incrementAndGet();
                            v = awaitedValue();
                            if (await(second, 2)) {
                                return;
                            }
                            label = 2;
                            continue dispatch;
                        }
                        case 2: {
                            resumes.incrementAndGet();
                            Integer w = awaitedValue();
                            finallies.incrementAndGet();
                            returnWith(v + w);
                            return;
                        }
                        default:
                            throw new IllegalStateException("no such state: " + label);
                    }
                } catch (Throwable e) {
                    caught = e;
                    finallies.incrementAndGet();
                    throw e;
                }
            }
        }
    }

    /** {@code try { yield_(); entries++; return done(1); } finally { finallies++; }} */
    static final class YieldsOnce extends CoroutineMachine<Integer> {
        final AtomicInteger entries = new AtomicInteger();
        final AtomicInteger finallies = new AtomicInteger();
        volatile Thread resumedOn;

        YieldsOnce() {
            super(0, TimeUnit.MILLISECONDS);
        }

        @Override
        protected void resume() throws Throwable {
            try {
                if (label == 0 && yieldSlice(1)) {
                    return;
                }
                // label 1, or continuing at once from label 0 (an abort to throw)
                switch (label) {
                    case 1:
                        entries.incrementAndGet();
                        resumedOn = Thread.currentThread();
                        resumedFromSlice();
                        finallies.incrementAndGet();
                        returnWith(1);
                        return;
                    default:
                        throw new IllegalStateException("no such state: " + label);
                }
            } catch (Throwable e) {
                finallies.incrementAndGet();
                throw e;
            }
        }
    }

    /** {@code return target;} */
    static final class Follows extends CoroutineMachine<Integer> {
        private final InProgress<Integer> target;

        Follows(InProgress<Integer> target) {
            super(0, TimeUnit.MILLISECONDS);
            this.target = target;
        }

        @Override
        protected void resume() {
            returnFrom(target);
        }
    }

    /**
     * An {@code InProgress} that never finishes by itself and runs a hook in its first {@code addListener}, before
     * registering: the hook's abort lands between the body's look at the abort and its registration.
     */
    static final class AbortsWhileRegistering extends InProgress<Integer> {
        private Runnable hook;

        @Override
        public void addListener(Listener listener) {
            Runnable run = hook;
            hook = null;
            if (run != null) {
                run.run();
            }
            super.addListener(listener);
        }
    }

    /** Runs whatever a round left posted (an abort that moved to the loop thread) without sleeping. */
    private void drainPosted() {
        notifier.schedule(1, () -> { });
        notifier.step();
    }

    // ------------------------------------------------------------------------------------------ case 1

    @Test
    void anAbortAfterAFinishOnAnotherThreadWasPostedIsThrownWhereThePostedResumptionRuns() {
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<Integer> first = new InProgress<>();
            TwoAwaits machine = new TwoAwaits(first, InProgress.finished(2));
            machine.start();
            AtomicReference<Boolean> returned = new AtomicReference<>();
            int[] finalliesRightAfterAbort = {-1};
            notifier.enqueue(() -> {
                // Finished on another thread while the loop is driven: the resumption is posted to the loop.
                RaceThreads.runOnOtherThread("finisher", () -> first.finish(1));
                returned.set(machine.abort());
                finalliesRightAfterAbort[0] = machine.finallies.get();
            });

            notifier.loopUntil(machine::isFinished);

            assertTrue(returned.get());
            assertEquals(0, finalliesRightAfterAbort[0], "the posted resumption owns the body, not the abort");
            assertEquals(1, machine.resumes.get());
            assertEquals(1, machine.finallies.get());
            assertInstanceOf(InProgressAbortedException.class, machine.exception(), "an aborted coroutine fails");
            assertSame(machine.exception(), machine.caught, "thrown into the body where it resumed");
            assertEquals(1, first.result(), "what it awaited had finished: nothing to abort there");
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }

    // ------------------------------------------------------------------------------------------ case 3

    @Test
    void anAbortWhileNobodyDrivesRacingAThreadThatStartsDrivingResumesTheBodyOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            int aborts = 0;
            for (int round = 0; round < ROUNDS || aborts == 0 && round < MAX_ROUNDS; round++) {
                YieldsOnce machine = new YieldsOnce();
                machine.start(); // yields: its slice waits in the run queue of the undriven loop
                CountDownLatch go = new CountDownLatch(1);
                AtomicReference<Boolean> returned = new AtomicReference<>();
                Thread aborter = RaceThreads.startOnSignal("aborter", go, () -> returned.set(machine.abort()));
                Thread driver = RaceThreads.startOnSignal("driver", go, () -> notifier.loopUntil(machine::isFinished));
                go.countDown();
                aborter.join();
                driver.join();
                drainPosted();

                String at = "round " + round;
                assertTrue(machine.isFinished(), at);
                assertEquals(1, machine.entries.get(), at + ": resumed once, by the slice or by the abort");
                assertEquals(1, machine.finallies.get(), at);
                if (machine.isFailed()) {
                    assertInstanceOf(InProgressAbortedException.class, machine.exception(), at);
                    assertTrue(returned.get(), at);
                    aborts++;
                } else {
                    assertEquals(1, machine.result(), at);
                }
            }
            assertTrue(aborts > 0, "the abort never won a round: the race was not exercised");
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }

    @Test
    void anAbortWhileNobodyDrivesThatFindsTheLoopDrivenByThenLeavesTheSliceToTheLoopThread() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch driving = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            notifier.enqueue(() -> { // the first task of the driver's first iteration holds it there
                driving.countDown();
                awaitUninterruptibly(release);
            });
            YieldsOnce machine = new YieldsOnce();
            machine.start(); // its slice waits behind that task
            Thread[] driver = new Thread[1];
            // Emitted by the abort before it claims the slice: a thread starts driving the loop just then.
            machine.abortSignal().connect(reason -> {
                driver[0] = new Thread(() -> notifier.loopUntil(machine::isFinished), "driver");
                driver[0].start();
                awaitUninterruptibly(driving);
            });

            assertTrue(machine.abort()); // on this thread, which does not drive the loop
            release.countDown();
            driver[0].join();
            drainPosted();

            assertSame(driver[0], machine.resumedOn, "the slice is the loop thread's: the abort must not take it here");
            assertEquals(1, machine.entries.get());
            assertEquals(1, machine.finallies.get());
            assertInstanceOf(InProgressAbortedException.class, machine.exception(), "the slice threw the abort");
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ case 4

    @Test
    void anAbortThatFindsTheBodyRunningIsThrownWhenTheBodyThenSuspends() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AbortsWhileRegistering never = new AbortsWhileRegistering();
            TwoAwaits machine = new TwoAwaits(InProgress.finished(1), never);
            AtomicReference<Boolean> returned = new AtomicReference<>();
            never.hook = () -> RaceThreads.runOnOtherThread("aborter", () -> returned.set(machine.abort()));

            machine.start();

            assertTrue(returned.get());
            assertTrue(machine.isFinished(), "registered on an InProgress that never finishes: the abort is lost");
            assertInstanceOf(InProgressAbortedException.class, machine.exception());
            assertSame(machine.exception(), machine.caught);
            assertEquals(1, machine.finallies.get());
            assertTrue(never.isFailed(), "nothing else waits for what it awaited: aborted too");
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }

    @Test
    void anAbortThatFindsTheBodyRunningIsDeliveredWhenTheBodyThenFollows() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AbortsWhileRegistering never = new AbortsWhileRegistering();
            Follows machine = new Follows(never);
            AtomicReference<Boolean> returned = new AtomicReference<>();
            never.hook = () -> RaceThreads.runOnOtherThread("aborter", () -> returned.set(machine.abort()));

            machine.start();

            assertTrue(returned.get());
            assertTrue(machine.isFinished(), "still following an InProgress that never finishes: the abort was lost");
            assertInstanceOf(InProgressAbortedException.class, machine.exception());
            assertTrue(never.isFailed(), "nothing else waits for what it followed: aborted too");
        });
    }

    // ------------------------------------------------------------------------------------------ case 6

    @Test
    void aQueuedInvocationAbortedWhileTheOneBeforeItFinishesOnAnotherThreadRunsItsBodyAtMostOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            int neverEntered = 0;
            for (int round = 0; round < ROUNDS || neverEntered == 0 && round < MAX_ROUNDS; round++) {
                InvocationQueue queue = new InvocationQueue();
                InProgress<Integer> leaf = new InProgress<>();
                queue.submit(new TwoAwaits(leaf, InProgress.finished(0))); // active: awaits leaf
                TwoAwaits queued = new TwoAwaits(InProgress.finished(1), InProgress.finished(2));
                queue.submit(queued);
                CountDownLatch go = new CountDownLatch(1);
                int value = round;
                AtomicReference<Boolean> returned = new AtomicReference<>();
                // Finishing the leaf finishes the active invocation, whose completion starts the queued one.
                Thread finisher = RaceThreads.startOnSignal("finisher", go, () -> leaf.finish(value));
                Thread aborter = RaceThreads.startOnSignal("aborter", go, () -> returned.set(queued.abort()));
                go.countDown();
                finisher.join();
                aborter.join();

                String at = "round " + round;
                assertTrue(queued.isFinished(), at);
                int entered = queued.resumes.get() == 0 ? 0 : 1;
                assertEquals(entered, queued.finallies.get(), at + ": the body ran at most once, its finally with it");
                if (queued.isFailed()) {
                    assertInstanceOf(InProgressAbortedException.class, queued.exception(), at);
                    assertTrue(returned.get(), at);
                    neverEntered += 1 - entered;
                } else {
                    assertEquals(3, queued.result(), at);
                }
                assertEquals(0, queue.queued(), at);
            }
            assertTrue(neverEntered > 0, "the abort never took a queued invocation: the race was not exercised");
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }

    // ------------------------------------------------------------------------------------------ case 7

    @Test
    void aFollowingCoroutineAbortedWhileItsTargetFinishesOnAnotherThreadEndsOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int round = 0; round < ROUNDS; round++) {
                InProgress<Integer> target = new InProgress<>();
                Follows machine = new Follows(target);
                machine.start();
                CountDownLatch go = new CountDownLatch(1);
                int value = round;
                AtomicReference<Boolean> returned = new AtomicReference<>();
                Thread finisher = RaceThreads.startOnSignal("finisher", go, () -> target.tryFinish(value));
                Thread aborter = RaceThreads.startOnSignal("aborter", go, () -> returned.set(machine.abort()));
                go.countDown();
                finisher.join();
                aborter.join();

                String at = "round " + round;
                assertTrue(machine.isFinished(), at);
                if (machine.isFailed()) {
                    assertInstanceOf(InProgressAbortedException.class, machine.exception(), at);
                    assertTrue(returned.get(), at);
                } else {
                    assertEquals(value, machine.result(), at + ": the finish won");
                }
            }
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }
}
