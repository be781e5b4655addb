package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kaa.internal.CoroutineMachine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An abort travels down a chain of coroutines each awaiting the next, level by level, on a constant stack: every
 * level's abort signal fires outermost first, every level's catch/finally runs once, innermost first, and the
 * cascade stops at an {@code InProgress} that something else still waits for.
 */
@ExtendWith(NotifierReports.class)
class AbortCascadeTest {
    private static final int DEPTH = 100_000;

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

    /** {@code try { return done(yield_(next) + 1); } catch (Throwable e) { caught.add(level); throw e; } finally {...} } */
    static final class Level extends CoroutineMachine<Integer> {
        private final int level;
        private final InProgress<Integer> next;
        private final int[] caughtOrder;
        private final int[] finallyCount;
        private final int[] cursor;

        Level(int level, InProgress<Integer> next, int[] caughtOrder, int[] finallyCount, int[] cursor) {
            super(0, TimeUnit.MILLISECONDS);
            this.level = level;
            this.next = next;
            this.caughtOrder = caughtOrder;
            this.finallyCount = finallyCount;
            this.cursor = cursor;
        }

        @Override
        protected void resume() throws Throwable {
            dispatch:
            for (;;) {
                try {
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
                            finallyCount[level]++;
                            returnWith(value + 1);
                            return;
                        }
                        default:
                            throw new IllegalStateException("no such state: " + label);
                    }
                } catch (Throwable e) {
                    caughtOrder[cursor[0]++] = level;
                    finallyCount[level]++;
                    throw e;
                }
            }
        }
    }

    private static final class Chain {
        final InProgress<Integer> leaf = new InProgress<>();
        final Level[] levels;
        final int[] caughtOrder;
        final int[] finallyCount;
        final int[] cursor = {0};
        final List<Integer> signalled = new ArrayList<>();

        Chain(int depth) {
            levels = new Level[depth];
            caughtOrder = new int[depth];
            finallyCount = new int[depth];
            InProgress<Integer> next = leaf;
            for (int i = depth - 1; i >= 0; i--) {
                levels[i] = new Level(i, next, caughtOrder, finallyCount, cursor);
                levels[i].start();
                int level = i;
                levels[i].abortSignal().connect(reason -> signalled.add(level));
                next = levels[i];
            }
        }
    }

    private void assertAllAborted(Chain chain, InProgressAbortedException reason) {
        int depth = chain.levels.length;
        for (int i = 0; i < depth; i++) {
            assertTrue(chain.levels[i].isFailed(), "level " + i);
            assertSame(reason, chain.levels[i].exception(), "level " + i);
            assertEquals(1, chain.finallyCount[i], "the catch/finally of level " + i + " ran once");
            assertEquals(depth - 1 - i, chain.caughtOrder[i], "innermost level first");
        }
        assertEquals(depth, chain.cursor[0]);
        assertEquals(depth, chain.signalled.size());
        for (int i = 0; i < depth; i++) {
            assertEquals(i, chain.signalled.get(i), "abort signals fire outermost first");
        }
        assertTrue(chain.leaf.isFailed(), "the innermost level was the only listener of the leaf");
        assertSame(reason, chain.leaf.exception());
        assertTrue(reported.isEmpty(), () -> "reported: " + reported);
    }

    @Test
    void abortingTheTopOf100000NestedMachinesAbortsThemAllWithoutStackOverflow() {
        Chain chain = new Chain(DEPTH);
        InProgressAbortedException reason = new InProgressAbortedException("stop all");

        assertTrue(chain.levels[0].abort(reason));

        assertAllAborted(chain, reason);
    }

    @Test
    void aShortChainIsAbortedInTheSameOrder() {
        Chain chain = new Chain(3);
        InProgressAbortedException reason = new InProgressAbortedException("stop");

        assertTrue(chain.levels[0].abort(reason));

        assertAllAborted(chain, reason);
    }

    @Test
    void theCascadeStopsAtALevelSomethingElseAwaits() {
        Chain chain = new Chain(1_000);
        List<Integer> other = new ArrayList<>();
        chain.levels[600].connect(other::add);

        assertTrue(chain.levels[0].abort());

        for (int i = 0; i < 600; i++) {
            assertTrue(chain.levels[i].isFailed(), "level " + i);
            assertEquals(1, chain.finallyCount[i], "level " + i);
        }
        for (int i = 600; i < 1_000; i++) {
            assertFalse(chain.levels[i].isFinished(), "level " + i + " is still awaited by someone else");
            assertEquals(0, chain.finallyCount[i], "level " + i);
        }
        assertFalse(chain.leaf.isFinished());
        assertEquals(1, chain.levels[600].listenerCount(), "only the other listener is left");

        chain.leaf.finish(0);
        assertEquals(List.of(400), other);
        assertEquals(600, chain.cursor[0], "the aborted levels do not run again");
        assertTrue(reported.isEmpty(), () -> "reported: " + reported);
    }

    @Test
    void abortingAMiddleLevelLeavesTheOuterLevelsToFailThroughTheirAwait() {
        Chain chain = new Chain(10);
        InProgressAbortedException reason = new InProgressAbortedException("middle");

        assertTrue(chain.levels[5].abort(reason));

        for (int i = 0; i < 10; i++) {
            assertTrue(chain.levels[i].isFailed(), "level " + i);
            assertSame(reason, chain.levels[i].exception(), "the failure propagates up to level " + i);
            assertEquals(1, chain.finallyCount[i], "level " + i);
        }
        assertEquals(List.of(5, 6, 7, 8, 9), chain.signalled, "only levels 5 and below were aborted");
        assertTrue(reported.isEmpty(), () -> "reported: " + reported);
    }

    @Test
    void abortingTheTopFromAnotherThreadWhileDrivenRunsTheWholeCascadeOnTheLoopThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Chain chain = new Chain(DEPTH);
            InProgressAbortedException reason = new InProgressAbortedException("from elsewhere");
            AtomicReference<Boolean> returned = new AtomicReference<>();
            notifier.enqueue(() -> {
                Thread aborter = new Thread(() -> returned.set(chain.levels[0].abort(reason)), "aborter");
                aborter.setDaemon(true);
                aborter.start();
            });

            notifier.loopUntil(() -> chain.levels[0].isFinished() && returned.get() != null);

            assertTrue(returned.get());
            assertAllAborted(chain, reason);
        });
    }

    // ------------------------------------------------------------------------------------------ races

    @Test
    void anAbortRacingAFinishFromAnotherThreadWhileNotDrivenResumesTheBodyExactlyOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < 2_000; round++) {
                Chain chain = new Chain(2);
                CountDownLatch go = new CountDownLatch(1);
                int value = round;
                Thread finisher = RaceThreads.startOnSignal("finisher", go, () -> chain.leaf.tryFinish(value));
                Thread aborter = RaceThreads.startOnSignal("aborter", go, () -> chain.levels[0].abort());
                go.countDown();
                finisher.join();
                aborter.join();

                assertTrue(chain.levels[0].isFinished(), "round " + round);
                assertEquals(1, chain.finallyCount[0], "round " + round + ": the top level resumed once");
                assertEquals(1, chain.finallyCount[1], "round " + round + ": the inner level resumed once");
                if (!chain.levels[0].isFailed()) {
                    assertEquals(value + 2, chain.levels[0].result(), "round " + round + ": the finish won");
                }
            }
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }

    @Test
    void anAbortRacingAFinishFromAnotherThreadWhileDrivenResumesTheBodyExactlyOnceOnTheLoopThread() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < 500; round++) {
                Chain chain = new Chain(2);
                CountDownLatch go = new CountDownLatch(1);
                int value = round;
                Thread[] threads = new Thread[2];
                notifier.enqueue(() -> {
                    threads[0] = RaceThreads.startOnSignal("finisher", go, () -> chain.leaf.tryFinish(value));
                    threads[1] = RaceThreads.startOnSignal("aborter", go, () -> chain.levels[0].abort());
                    go.countDown();
                });

                notifier.loopUntil(() -> chain.levels[0].isFinished() && chain.levels[1].isFinished());
                threads[0].join();
                threads[1].join();
                notifier.schedule(1, () -> { }); // so that the step below does not sleep
                notifier.step(); // whatever the race left posted runs, and must not resume anything again

                assertEquals(1, chain.finallyCount[0], "round " + round + ": the top level resumed once");
                assertEquals(1, chain.finallyCount[1], "round " + round + ": the inner level resumed once");
            }
            assertTrue(reported.isEmpty(), () -> "reported: " + reported);
        });
    }

    @Test
    void aFinishFromAnotherThreadWhileSuspendingUndrivenResumesExactlyOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < 2_000; round++) {
                InProgress<Integer> leaf = new InProgress<>();
                int[] caught = new int[1];
                int[] finallies = new int[1];
                Level machine = new Level(0, leaf, caught, finallies, new int[1]);
                CountDownLatch go = new CountDownLatch(1);
                int value = round;
                Thread finisher = RaceThreads.startOnSignal("finisher", go, () -> leaf.finish(value));
                go.countDown();
                machine.start(); // races with the finisher: suspends, or continues at once
                finisher.join();

                assertEquals(value + 1, machine.result(), "round " + round);
                assertEquals(1, finallies[0], "round " + round + ": resumed once");
            }
        });
    }
}
