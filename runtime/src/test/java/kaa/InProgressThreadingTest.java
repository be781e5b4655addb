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
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link InProgress} across threads: where callbacks run, await() driving or blocking, and stress. */
@ExtendWith(NotifierReports.class)
class InProgressThreadingTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final long SECOND = 1_000_000_000L;

    private ManualTicker clock;
    private Notifier notifier;
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    @BeforeEach
    void freshNotifier() {
        clock = new ManualTicker();
        notifier = new Notifier(clock);
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void joinThreadsAndCloseNotifier() throws InterruptedException {
        for (Thread thread : started) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
            assertFalse(thread.isAlive(), "thread still running: " + thread);
        }
        notifier.close();
        assertTrue(reported.isEmpty(), () -> "callbacks failed: " + reported);
    }

    private Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        started.add(thread);
        thread.start();
        return thread;
    }

    /** Waits, boundedly, until {@code thread} is parked or waiting (blocked in a latch, say). */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() - deadline < 0, "thread never blocked: " + thread);
            Thread.onSpinWait();
        }
    }

    /** Waits, boundedly, until {@code thread} sleeps in the notifier's selector. */
    private static void awaitInSelect(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!inSelect(thread)) {
            assertTrue(System.nanoTime() - deadline < 0, "the loop never went to sleep: " + thread);
            Thread.yield();
        }
    }

    private static boolean inSelect(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(Notifier.class.getName()) && frame.getMethodName().equals("select")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ where callbacks run

    @Test
    void finishingFromAnotherThreadWhileDrivenRunsCallbacksOnTheNotifierThread() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Thread loopThread = Thread.currentThread();
            InProgress<String> ip = new InProgress<>();
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            AtomicReference<Thread> bothRanOn = new AtomicReference<>();
            AtomicBoolean finishReturned = new AtomicBoolean();
            ip.connect(v -> ranOn.set(Thread.currentThread()));
            ip.connectBoth(v -> bothRanOn.set(Thread.currentThread()), e -> { });

            notifier.enqueue(() -> start("finisher", () -> {
                ip.finish("v");
                finishReturned.set(true);
            }));
            notifier.loopUntil(() -> bothRanOn.get() != null);

            assertSame(loopThread, ranOn.get());
            assertSame(loopThread, bothRanOn.get());
        });
    }

    @Test
    void finishingFromAnotherThreadWhileNotDrivenRunsCallbacksOnTheFinishingThread() throws Exception {
        InProgress<String> ip = new InProgress<>();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicBoolean ranBeforeFinishReturned = new AtomicBoolean();
        ip.connect(v -> ranOn.set(Thread.currentThread()));

        Thread finisher = start("finisher", () -> {
            ip.finish("v");
            ranBeforeFinishReturned.set(ranOn.get() == Thread.currentThread());
        });
        finisher.join(TimeUnit.SECONDS.toMillis(10));

        assertSame(finisher, ranOn.get());
        assertTrue(ranBeforeFinishReturned.get());
    }

    @Test
    void finishingOnTheNotifierThreadRunsCallbacksAtOnce() {
        InProgress<String> ip = new InProgress<>();
        List<String> log = new ArrayList<>();
        ip.connect(log::add);
        notifier.enqueue(() -> {
            ip.finish("v");
            log.add("after finish");
        });
        notifier.step();
        assertEquals(List.of("v", "after finish"), log);
    }

    // ------------------------------------------------------------------------------------------ stress

    @Test
    void manyThreadsFinishingManyInProgressWhileDriven() {
        assertTimeoutPreemptively(LIMIT, () -> stress(true));
    }

    @Test
    void manyThreadsFinishingManyInProgressWhileNotDriven() {
        assertTimeoutPreemptively(LIMIT, () -> stress(false));
    }

    private void stress(boolean driven) throws InterruptedException {
        int threads = 8;
        int perThread = 2_000;
        int listeners = 3;
        int count = threads * perThread;
        List<InProgress<Integer>> all = new ArrayList<>(count);
        AtomicIntegerArray fired = new AtomicIntegerArray(count * listeners);
        AtomicInteger total = new AtomicInteger();
        AtomicInteger wrongValue = new AtomicInteger();
        AtomicInteger offLoopThread = new AtomicInteger();
        Thread loopThread = Thread.currentThread();
        for (int i = 0; i < count; i++) {
            InProgress<Integer> ip = new InProgress<>();
            int index = i;
            for (int l = 0; l < listeners; l++) {
                int slot = i * listeners + l;
                ip.connect(v -> {
                    if (v != index) {
                        wrongValue.incrementAndGet();
                    }
                    if (driven && Thread.currentThread() != loopThread) {
                        offLoopThread.incrementAndGet();
                    }
                    fired.incrementAndGet(slot);
                    total.incrementAndGet();
                });
            }
            all.add(ip);
        }
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int first = t * perThread;
            start("finisher-" + t, () -> {
                try {
                    go.await();
                    for (int i = first; i < first + perThread; i++) {
                        all.get(i).finish(i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            });
        }

        if (driven) {
            notifier.enqueue(go::countDown);
            notifier.loopUntil(() -> total.get() == count * listeners);
        } else {
            go.countDown();
            assertTrue(finished.await(15, TimeUnit.SECONDS));
        }

        assertEquals(count * listeners, total.get());
        for (int slot = 0; slot < count * listeners; slot++) {
            assertEquals(1, fired.get(slot), "listener " + slot);
        }
        assertEquals(0, wrongValue.get());
        assertEquals(0, offLoopThread.get(), "callbacks must run on the notifier thread while it is driven");
        for (InProgress<Integer> ip : all) {
            assertEquals(0, ip.listenerCount());
        }
    }

    @Test
    void connectingWhileAnotherThreadFinishesFiresEveryCallbackExactlyOnce() {
        assertTimeoutPreemptively(LIMIT, () -> {
            int count = 20_000;
            int connectors = 4;
            List<InProgress<Integer>> all = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                all.add(new InProgress<>());
            }
            AtomicIntegerArray fired = new AtomicIntegerArray(count * connectors);
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(connectors + 1);
            for (int c = 0; c < connectors; c++) {
                int connector = c;
                start("connector-" + c, () -> {
                    try {
                        go.await();
                        for (int i = 0; i < count; i++) {
                            int slot = i * connectors + connector;
                            all.get(i).connect(v -> fired.incrementAndGet(slot));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            start("finisher", () -> {
                try {
                    go.await();
                    for (int i = 0; i < count; i++) {
                        all.get(i).finish(i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });

            go.countDown();
            assertTrue(done.await(15, TimeUnit.SECONDS));

            for (int slot = 0; slot < count * connectors; slot++) {
                assertEquals(1, fired.get(slot), "callback " + slot);
            }
        });
    }

    // ------------------------------------------------------------------------------------------ await

    @Test
    void awaitWhileNotDrivenDrivesTheLoopOnVirtualTime() {
        long realStart = System.nanoTime();
        InProgress<Void> delayed = Async.delay(Duration.ofSeconds(5));

        assertNull(delayed.await());

        assertTrue(delayed.isFinished());
        assertEquals(5 * SECOND, clock.nanoTime());
        assertTrue(System.nanoTime() - realStart < 4 * SECOND, "await must not wait in real time");
        assertFalse(notifier.isDriven());
    }

    @Test
    void awaitOnTheNotifierThreadRunsANestedLoop() {
        AtomicReference<String> got = new AtomicReference<>();
        InProgress<String> later = new InProgress<>();
        new OneShotTimer(() -> later.finish("later")).start(Duration.ofSeconds(3));
        notifier.enqueue(() -> got.set(later.await()));

        notifier.loopUntil(() -> got.get() != null);

        assertEquals("later", got.get());
        assertEquals(3 * SECOND, clock.nanoTime());
    }

    @Test
    void awaitOfAFinishedInProgressReturnsAtOnce() {
        assertEquals("v", InProgress.finished("v").await());
        assertEquals("v", InProgress.finished("v").await(Duration.ZERO));
        assertEquals(0, clock.nanoTime());
    }

    @Test
    void awaitOnAnotherThreadWhileDrivenBlocksUntilFinished() {
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> ip = new InProgress<>();
            AtomicReference<String> got = new AtomicReference<>();
            AtomicReference<Thread> waiterRef = new AtomicReference<>();
            AtomicBoolean finishedByLoop = new AtomicBoolean();

            Runnable finishOnceBlocked = new Runnable() {
                @Override
                public void run() {
                    Thread waiter = waiterRef.get();
                    Thread.State state = waiter.getState();
                    if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                        assertNull(got.get(), "await() returned before the InProgress finished");
                        finishedByLoop.set(true);
                        ip.finish("v");
                    } else {
                        notifier.enqueue(this);
                    }
                }
            };
            notifier.enqueue(() -> {
                waiterRef.set(start("waiter", () -> {
                    got.set(ip.await());
                    notifier.wakeUp();
                }));
                notifier.enqueue(finishOnceBlocked);
            });

            notifier.loopUntil(() -> got.get() != null);

            assertEquals("v", got.get());
            assertTrue(finishedByLoop.get());
            assertEquals(0, clock.nanoTime(), "blocking must not move virtual time");
        });
    }

    @Test
    void awaitOnAnotherThreadWhileDrivenRethrowsTheFailure() {
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> ip = new InProgress<>();
            IOException failure = new IOException("x");
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Thread> waiterRef = new AtomicReference<>();
            Runnable failOnceBlocked = new Runnable() {
                @Override
                public void run() {
                    Thread.State state = waiterRef.get().getState();
                    if (state == Thread.State.WAITING) {
                        ip.fail(failure);
                    } else {
                        notifier.enqueue(this);
                    }
                }
            };
            notifier.enqueue(() -> {
                waiterRef.set(start("waiter", () -> {
                    try {
                        ip.await();
                    } catch (Throwable t) {
                        thrown.set(t);
                    }
                    notifier.wakeUp();
                }));
                notifier.enqueue(failOnceBlocked);
            });

            notifier.loopUntil(() -> thrown.get() != null);

            assertInstanceOf(CompletionException.class, thrown.get());
            assertSame(failure, thrown.get().getCause());
        });
    }

    @Test
    void boundedAwaitOnAnotherThreadWhileDrivenTimesOut() {
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> ip = new InProgress<>();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            notifier.enqueue(() -> start("waiter", () -> {
                try {
                    ip.await(Duration.ofMillis(20));
                } catch (Throwable t) {
                    thrown.set(t);
                }
                notifier.wakeUp();
            }));

            notifier.loopUntil(() -> thrown.get() != null);

            assertInstanceOf(InProgressTimeoutException.class, thrown.get());
            assertFalse(ip.isFinished(), "a timed-out await leaves the InProgress running");
        });
    }

    @Test
    void anInterruptedBlockingAwaitThrowsAnAbortAndKeepsTheInterruptStatus() {
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> ip = new InProgress<>();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            AtomicReference<Thread> waiterRef = new AtomicReference<>();
            Runnable interruptOnceBlocked = new Runnable() {
                @Override
                public void run() {
                    Thread waiter = waiterRef.get();
                    if (waiter.getState() == Thread.State.WAITING) {
                        waiter.interrupt();
                    } else {
                        notifier.enqueue(this);
                    }
                }
            };
            notifier.enqueue(() -> {
                waiterRef.set(start("waiter", () -> {
                    try {
                        ip.await();
                    } catch (Throwable t) {
                        thrown.set(t);
                        stillInterrupted.set(Thread.currentThread().isInterrupted());
                    }
                    notifier.wakeUp();
                }));
                notifier.enqueue(interruptOnceBlocked);
            });

            notifier.loopUntil(() -> thrown.get() != null);

            assertInstanceOf(InProgressAbortedException.class, thrown.get());
            assertTrue(stillInterrupted.get());
            assertFalse(ip.isFinished());
        });
    }

    @Test
    void boundedAwaitTimesOutOnVirtualTime() {
        InProgress<String> ip = new InProgress<>();
        long realStart = System.nanoTime();

        assertThrows(InProgressTimeoutException.class, () -> ip.await(Duration.ofSeconds(30)));

        assertEquals(30 * SECOND, clock.nanoTime());
        assertTrue(System.nanoTime() - realStart < 10 * SECOND);
        assertFalse(ip.isFinished(), "a timed-out await leaves the InProgress running");
    }

    @Test
    void boundedAwaitReturnsWhenFinishedInTime() {
        InProgress<Void> delayed = Async.delay(Duration.ofSeconds(2));
        assertNull(delayed.await(Duration.ofSeconds(5)));
        assertEquals(2 * SECOND, clock.nanoTime());
    }

    @Test
    void boundedAwaitTimesOutBeforeALaterTimer() {
        InProgress<Void> delayed = Async.delay(Duration.ofSeconds(10));
        assertThrows(InProgressTimeoutException.class, () -> delayed.await(Duration.ofSeconds(4)));
        assertEquals(4 * SECOND, clock.nanoTime());
        assertFalse(delayed.isFinished());
        assertNull(delayed.await());
        assertEquals(10 * SECOND, clock.nanoTime());
    }

    @Test
    void awaitRethrowsFailuresLikeResult() {
        IllegalArgumentException unchecked = new IllegalArgumentException("bad");
        assertSame(unchecked, assertThrows(IllegalArgumentException.class,
                () -> InProgress.failed(unchecked).await()));
        assertSame(unchecked, assertThrows(IllegalArgumentException.class,
                () -> InProgress.failed(unchecked).await(Duration.ofSeconds(1))));

        IOException checked = new IOException("disk");
        InProgress<String> failsLater = new InProgress<>();
        new OneShotTimer(() -> failsLater.fail(checked)).start(Duration.ofSeconds(1));
        CompletionException wrapped = assertThrows(CompletionException.class, failsLater::await);
        assertSame(checked, wrapped.getCause());
        assertEquals(SECOND, clock.nanoTime());
    }

    @Test
    void awaitWhileNotDrivenWakesWhenAnotherThreadFinishesAnInProgressWithoutListeners() {
        // The awaiting thread drives the loop and sleeps in the selector; finishing from another thread must wake
        // it even though nobody connected a callback.
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> ip = new InProgress<>();
            Thread awaiting = Thread.currentThread();
            start("finisher", () -> {
                awaitInSelect(awaiting);
                ip.finish("v");
            });

            assertEquals("v", ip.await());
        }, "await() missed a finish from another thread");
    }

    @Test
    void awaitOnTheNotifierThreadWakesWhenAnotherThreadFinishesAnInProgressWithoutListeners() {
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> ip = new InProgress<>();
            Thread loopThread = Thread.currentThread();
            AtomicReference<String> got = new AtomicReference<>();
            notifier.enqueue(() -> {
                start("finisher", () -> {
                    awaitInSelect(loopThread);
                    ip.finish("v");
                });
                got.set(ip.await());
            });
            notifier.loopUntil(() -> got.get() != null);
            assertEquals("v", got.get());
        });
    }
}
