package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import kaa.Coroutine;
import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many threads finishing what coroutines await, and very deep chains of awaiting coroutines. */
@ExtendWith(NotifierReports.class)
class StressTest {
    private static final int THREADS = 8;
    private static final int COROUTINES = 4_000;
    private static final int DEPTH = 100_000;

    private Notifier notifier;
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier();
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void closeNotifier() {
        assertFalse(notifier.isDriven(), "the test stopped its loop thread");
        notifier.close();
        assertEquals(List.of(), reported, "nothing escaped to the notifier");
    }

    abstract static class Worker {
        final AtomicIntegerArray resumptions = new AtomicIntegerArray(COROUTINES);
        final AtomicIntegerArray finallies = new AtomicIntegerArray(COROUTINES);

        @Coroutine
        InProgress<Integer> work(int id, InProgress<Integer> first, InProgress<Integer> second) {
            try {
                int a = yield_(first);
                resumptions.incrementAndGet(id);
                yield_();
                resumptions.incrementAndGet(id);
                int b = yield_(second);
                resumptions.incrementAndGet(id);
                return done(a + b);
            } finally {
                finallies.incrementAndGet(id);
            }
        }

        @Coroutine
        InProgress<Integer> plusOne(InProgress<Integer> previous) {
            int value = yield_(previous);
            return done(value + 1);
        }

        final AtomicInteger nestedFinallies = new AtomicInteger();

        /** Each level yields a slice, then calls and awaits the next level: really nested coroutines. */
        @Coroutine
        InProgress<Integer> nest(int depth, InProgress<Integer> bottom) {
            try {
                yield_();
                if (depth == 0) {
                    return done(yield_(bottom));
                }
                int below = yield_(nest(depth - 1, bottom));
                return done(below + 1);
            } finally {
                nestedFinallies.incrementAndGet();
            }
        }
    }

    @Test
    void manyThreadsFinishAwaitedInProgressObjectsWhileTheLoopRunsElsewhere() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Worker worker = new StressTest_Worker_Coroutines();
            List<InProgress<Integer>> sources = new ArrayList<>();
            for (int i = 0; i < 2 * COROUTINES; i++) {
                sources.add(new InProgress<>());
            }
            Thread loop = new Thread(Main::run, "kaa-stress-loop");
            CountDownLatch looping = new CountDownLatch(1);
            Main.post(looping::countDown);
            loop.start();
            try {
                assertTrue(looping.await(10, TimeUnit.SECONDS), "the loop started");

                // Half the coroutines start on this thread, half on the loop thread.
                List<InProgress<Integer>> results = new ArrayList<>();
                List<InProgress<InProgress<Integer>>> startedOnLoop = new ArrayList<>();
                for (int i = 0; i < COROUTINES; i++) {
                    int id = i;
                    if (i % 2 == 0) {
                        results.add(worker.work(id, sources.get(2 * id), sources.get(2 * id + 1)));
                    } else {
                        startedOnLoop.add(Main.call(() -> worker.work(id, sources.get(2 * id), sources.get(2 * id + 1))));
                    }
                }

                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < sources.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(42));
                CountDownLatch go = new CountDownLatch(1);
                List<Thread> finishers = new ArrayList<>();
                List<Throwable> finisherErrors = new CopyOnWriteArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t;
                    Thread finisher = new Thread(() -> {
                        try {
                            go.await();
                            for (int k = offset; k < order.size(); k += THREADS) {
                                int index = order.get(k);
                                sources.get(index).finish(index);
                            }
                        } catch (Throwable e) {
                            finisherErrors.add(e);
                        }
                    }, "kaa-stress-finisher-" + t);
                    finisher.start();
                    finishers.add(finisher);
                }
                go.countDown();

                for (InProgress<InProgress<Integer>> started : startedOnLoop) {
                    results.add(started.await(Duration.ofSeconds(20)));
                }
                List<Integer> values = InProgress.all(results).await(Duration.ofSeconds(20));
                for (Thread finisher : finishers) {
                    finisher.join(10_000);
                    assertFalse(finisher.isAlive());
                }
                assertEquals(List.of(), finisherErrors);

                assertEquals(COROUTINES, values.size());
                long expectedSum = 0;
                long sum = 0;
                for (int i = 0; i < COROUTINES; i++) {
                    assertEquals(3, worker.resumptions.get(i), "resumptions of coroutine " + i);
                    assertEquals(1, worker.finallies.get(i), "finally of coroutine " + i);
                }
                for (int i = 0; i < 2 * COROUTINES; i++) {
                    expectedSum += i;
                }
                for (int v : values) {
                    sum += v;
                }
                assertEquals(expectedSum, sum);
                for (int i = 0; i < COROUTINES; i += 2) { // those started here are in order in the first half
                    assertEquals(4 * i + 1, results.get(i / 2).result(), "coroutine " + i);
                }
            } finally {
                Main.stop();
                loop.join(10_000);
            }
            assertFalse(loop.isAlive(), "the loop thread stopped");
        });
    }

    @Test
    void finishesAndAbortsFromManyThreadsWhileTheLoopRunsElsewhereEndEachCoroutineOnce() {
        raceFinishesAndAborts(true);
    }

    @Test
    void finishesAndAbortsFromManyThreadsWhileNobodyDrivesTheLoopEndEachCoroutineOnce() {
        raceFinishesAndAborts(false);
    }

    /**
     * Eight threads finish what {@link Worker#work} awaits while two others abort two thirds of the coroutines, each
     * at a random moment of its life: awaiting, between slices, or finished already. Driven: a loop thread runs, aborts
     * are posted to it. Not driven: bodies resume on the finishing threads, aborts run on the aborting ones, until this
     * thread starts driving the loop (at once, so the two phases overlap). The sources of a few abort targets
     * ({@link #heldBack}) are never finished, so that some aborts land on an awaiting coroutine however the threads
     * are scheduled (on a loaded machine the finishers may otherwise end every coroutine before an aborter runs).
     */
    private void raceFinishesAndAborts(boolean driven) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Worker worker = new StressTest_Worker_Coroutines();
            List<InProgress<Integer>> sources = new ArrayList<>();
            for (int i = 0; i < 2 * COROUTINES; i++) {
                sources.add(new InProgress<>());
            }
            List<CoroutineInProgress<Integer>> coroutines = new ArrayList<>();
            CountDownLatch ended = new CountDownLatch(COROUTINES);
            for (int id = 0; id < COROUTINES; id++) {
                CoroutineInProgress<Integer> coroutine =
                        (CoroutineInProgress<Integer>) worker.work(id, sources.get(2 * id), sources.get(2 * id + 1));
                coroutine.connectBoth(value -> ended.countDown(), failure -> ended.countDown());
                coroutines.add(coroutine);
            }
            Thread loop = new Thread(Main::run, "kaa-stress-loop");
            if (driven) {
                CountDownLatch looping = new CountDownLatch(1);
                Main.post(looping::countDown);
                loop.start();
                assertTrue(looping.await(10, TimeUnit.SECONDS), "the loop started");
            }

            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(7));
            CountDownLatch go = new CountDownLatch(1);
            List<Throwable> threadErrors = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                threads.add(startAfter(go, "kaa-stress-finisher-" + t, threadErrors, () -> {
                    for (int k = offset; k < order.size(); k += THREADS) {
                        int index = order.get(k);
                        if (heldBack(index / 2)) {
                            continue;
                        }
                        sources.get(index).tryFinish(index); // an aborted coroutine aborted what it awaited
                    }
                }));
            }
            AtomicIntegerArray abortReturned = new AtomicIntegerArray(COROUTINES);
            for (int t = 0; t < 2; t++) {
                int residue = t;
                threads.add(startAfter(go, "kaa-stress-aborter-" + t, threadErrors, () -> {
                    List<Integer> ids = new ArrayList<>();
                    for (int id = residue; id < COROUTINES; id += 3) {
                        ids.add(id);
                    }
                    Collections.shuffle(ids, new Random(residue));
                    for (int id : ids) {
                        abortReturned.set(id, coroutines.get(id).abort() ? 1 : 2);
                    }
                }));
            }
            go.countDown();

            try {
                if (driven) {
                    assertTrue(ended.await(30, TimeUnit.SECONDS), "every coroutine ended");
                } else {
                    assertTrue(notifier.loopUntil(() -> ended.getCount() == 0,
                            notifier.nanoTime() + Duration.ofSeconds(30).toNanos()), "every coroutine ended");
                }
                for (Thread thread : threads) {
                    thread.join(10_000);
                    assertFalse(thread.isAlive(), thread.getName());
                }
                assertEquals(List.of(), threadErrors);
            } finally {
                if (driven) {
                    Main.stop();
                    loop.join(10_000);
                }
            }

            for (int id = 0; id < COROUTINES; id++) {
                String which = "coroutine " + id;
                CoroutineInProgress<Integer> coroutine = coroutines.get(id);
                if (heldBack(id)) {
                    assertTrue(coroutine.isFailed(), which + ": aborted while awaiting what nobody finished");
                }
                assertEquals(1, worker.finallies.get(id), which + ": its finally ran once");
                assertTrue(worker.resumptions.get(id) <= 3, which + ": resumed at most once per suspension");
                if (coroutine.isFailed()) {
                    assertInstanceOf(InProgressAbortedException.class, coroutine.exception(), which);
                    assertEquals(1, abortReturned.get(id), which + ": failed only if aborted while unfinished");
                } else {
                    assertEquals(4 * id + 1, coroutine.result(), which);
                    assertEquals(3, worker.resumptions.get(id), which);
                }
            }
        });
    }

    /** Whether nobody finishes what coroutine {@code id} awaits: one of the first abort targets, which must end by abort. */
    private static boolean heldBack(int id) {
        return id < 60 && id % 3 != 2;
    }

    private static Thread startAfter(CountDownLatch go, String name, List<Throwable> errors, Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                go.await();
                body.run();
            } catch (Throwable e) {
                errors.add(e);
            }
        }, name);
        thread.start();
        return thread;
    }

    @Test
    void hundredThousandAwaitingCoroutinesResumeWithoutStackOverflow() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Worker worker = new StressTest_Worker_Coroutines();
            InProgress<Integer> source = new InProgress<>();
            InProgress<Integer> last = source;
            for (int i = 0; i < DEPTH; i++) {
                last = worker.plusOne(last);
            }
            assertFalse(last.isFinished());

            source.finish(0);

            assertTrue(last.isFinished(), "resumptions happen inside finish()");
            assertEquals(DEPTH, last.result());
        });
    }

    @Test
    void hundredThousandAwaitingCoroutinesPropagateAFailure() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Worker worker = new StressTest_Worker_Coroutines();
            InProgress<Integer> source = new InProgress<>();
            InProgress<Integer> last = source;
            for (int i = 0; i < DEPTH; i++) {
                last = worker.plusOne(last);
            }
            IllegalStateException boom = new IllegalStateException("bottom failed");
            source.fail(boom);
            assertTrue(last.isFailed());
            assertSame(boom, last.exception());
        });
    }

    @Test
    void hundredThousandNestedCoroutinesEachCallingAndAwaitingTheNext() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Worker worker = new StressTest_Worker_Coroutines();
            InProgress<Integer> bottom = new InProgress<>();
            InProgress<Integer> top = worker.nest(DEPTH, bottom);
            // Each level calls the next one on a later loop iteration; drive the loop until the bottom waits.
            notifier.loopUntil(() -> bottom.listenerCount() > 0, notifier.nanoTime() + Duration.ofSeconds(20).toNanos());
            assertEquals(1, bottom.listenerCount(), "the deepest level awaits the bottom");
            assertFalse(top.isFinished());

            bottom.finish(7);

            assertTrue(top.isFinished());
            assertEquals(7 + DEPTH, top.result());
            assertEquals(DEPTH + 1, worker.nestedFinallies.get());
        });
    }

    @Test
    void abortingTheTopOfHundredThousandNestedCoroutinesAbortsThemAll() {
        abortNested(DEPTH);
    }

    @Test
    void abortingTheTopOfAThousandNestedCoroutinesAbortsThemAll() {
        abortNested(1_000);
    }

    private void abortNested(int depth) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Worker worker = new StressTest_Worker_Coroutines();
            InProgress<Integer> bottom = new InProgress<>();
            InProgress<Integer> top = worker.nest(depth, bottom);
            notifier.loopUntil(() -> bottom.listenerCount() > 0, notifier.nanoTime() + Duration.ofSeconds(20).toNanos());
            assertEquals(0, worker.nestedFinallies.get());

            assertTrue(((CoroutineInProgress<Integer>) top).abort());

            assertTrue(top.isFailed());
            assertInstanceOf(InProgressAbortedException.class, top.exception());
            assertEquals(depth + 1, worker.nestedFinallies.get(), "every level's finally ran");
            assertTrue(bottom.isFailed(), "the deepest level was the only listener of the bottom");
        });
    }
}
