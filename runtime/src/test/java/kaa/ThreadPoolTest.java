package kaa;

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
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ThreadPool}: results, priorities, growth and idling, aborts, registration, shutdown, stress. */
@ExtendWith(NotifierReports.class)
class ThreadPoolTest {
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
        return register(ThreadPool.builder(uniqueName()).size(size));
    }

    private ThreadPool register(ThreadPool.Builder builder) {
        ThreadPool pool = builder.register();
        pools.add(pool);
        return pool;
    }

    private static String uniqueName() {
        return "pool-test-" + POOL_NAMES.incrementAndGet();
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

    private static List<Thread> liveThreads(ThreadPool pool) {
        List<Thread> live = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(pool.name() + "-") && thread.isAlive()) {
                live.add(thread);
            }
        }
        return live;
    }

    /** Waits, boundedly, until {@code thread} waits (an idle pool thread waits for work). */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() - deadline < 0, "thread never went idle: " + thread);
            Thread.yield();
        }
    }

    // ------------------------------------------------------------------------------------------ results

    @Test
    void submitFinishesWithTheValueAndRunsCallbacksOnTheNotifierThread() {
        ThreadPool pool = register(2);
        AtomicReference<String> value = new AtomicReference<>();
        AtomicReference<Thread> callbackThread = new AtomicReference<>();
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch gate = new CountDownLatch(1);
            InProgress<String> ip = pool.submit(() -> {
                gate.await();
                return Thread.currentThread().getName();
            });
            ip.connect(v -> {
                value.set(v);
                callbackThread.set(Thread.currentThread());
            });
            notifier.enqueue(gate::countDown);
            notifier.loopUntil(() -> callbackThread.get() != null);
            assertSame(Thread.currentThread(), callbackThread.get());
        });
        assertEquals(pool.name() + "-1", value.get());
    }

    @Test
    void aTaskThatThrowsFailsWithTheSameExceptionObject() throws InterruptedException {
        ThreadPool pool = register(1);
        IOException checked = new IOException("disk");
        IllegalStateException unchecked = new IllegalStateException("state");
        AssertionError error = new AssertionError("error");

        InProgress<String> failedChecked = pool.submit(() -> {
            throw checked;
        });
        InProgress<String> failedUnchecked = pool.submit(() -> {
            throw unchecked;
        });
        InProgress<String> failedError = pool.submit(() -> {
            throw error;
        });
        awaitFinished(failedChecked);
        awaitFinished(failedUnchecked);
        awaitFinished(failedError);

        assertSame(checked, failedChecked.exception());
        assertSame(unchecked, failedUnchecked.exception());
        assertSame(error, failedError.exception());
    }

    @Test
    void startThreadRunsTheTaskOnANewDaemonThreadOfThatName() throws InterruptedException {
        InProgress<Thread> first = ThreadPool.startThread("one-off", Thread::currentThread);
        InProgress<Thread> second = ThreadPool.startThread("one-off", Thread::currentThread);
        awaitFinished(first);
        awaitFinished(second);

        assertEquals("one-off", first.result().getName());
        assertTrue(first.result().isDaemon());
        assertNotSame(first.result(), second.result());
        assertNotSame(Thread.currentThread(), first.result());
    }

    @Test
    void currentJobIsTheRunningJobsInProgressAndNullElsewhere() throws InterruptedException {
        ThreadPool pool = register(1);
        AtomicReference<InProgress<?>> seen = new AtomicReference<>();
        InProgress<String> ip = pool.submit(() -> {
            seen.set(ThreadPool.currentJob());
            return "v";
        });
        InProgress<InProgress<?>> afterwards = pool.submit(ThreadPool::currentJob);
        awaitFinished(ip);
        awaitFinished(afterwards);

        assertSame(ip, seen.get());
        assertSame(afterwards, afterwards.result(), "a pool thread reports the job it runs now");
        assertNull(ThreadPool.currentJob());
    }

    // ------------------------------------------------------------------------------------------ scheduling

    @Test
    void queuedJobsRunByPriorityThenInSubmissionOrder() throws InterruptedException {
        ThreadPool pool = register(1);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        pool.submit(() -> {
            busy.countDown();
            gate.await();
            return null;
        });
        await(busy);

        List<String> order = Collections.synchronizedList(new ArrayList<>());
        int[] priorities = {0, 5, 1, 5, 0};
        List<InProgress<Boolean>> jobs = new ArrayList<>();
        for (int i = 0; i < priorities.length; i++) {
            String label = "priority " + priorities[i] + " #" + i;
            jobs.add(pool.submit(priorities[i], () -> order.add(label)));
        }
        gate.countDown();
        for (InProgress<Boolean> job : jobs) {
            awaitFinished(job);
        }

        assertEquals(List.of("priority 5 #1", "priority 5 #3", "priority 1 #2", "priority 0 #0", "priority 0 #4"),
                order);
    }

    @Test
    void threadsAreStartedOnlyWhenNeededAndIdleOnesAreReused() throws InterruptedException {
        ThreadPool pool = register(4);
        assertEquals(List.of(), liveThreads(pool), "registering starts no thread");

        InProgress<Thread> first = pool.submit(Thread::currentThread);
        awaitFinished(first);
        assertEquals(List.of(first.result()), liveThreads(pool));

        awaitWaiting(first.result());
        InProgress<Thread> second = pool.submit(Thread::currentThread);
        awaitFinished(second);
        assertSame(first.result(), second.result());
        assertEquals(List.of(first.result()), liveThreads(pool));
    }

    @Test
    void neverMoreThanSizeJobsRunAtOnce() throws InterruptedException {
        ThreadPool pool = register(3);
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostConcurrent = new AtomicInteger();
        CountDownLatch threeRunning = new CountDownLatch(3);
        CountDownLatch gate = new CountDownLatch(1);
        List<InProgress<Void>> jobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jobs.add(pool.submit(() -> {
                mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                threeRunning.countDown();
                gate.await();
                concurrent.decrementAndGet();
                return null;
            }));
        }
        await(threeRunning);
        // Threads start inside submit(): whatever this pool would ever start for these jobs runs already.
        assertEquals(3, liveThreads(pool).size());

        gate.countDown();
        for (InProgress<Void> job : jobs) {
            awaitFinished(job);
            assertFalse(job.isFailed(), job::toString);
        }
        assertEquals(3, mostConcurrent.get());
        assertEquals(3, liveThreads(pool).size());
    }

    @Test
    void idleThreadsExitAfterTheIdleTimeout() throws InterruptedException {
        ThreadPool pool = register(ThreadPool.builder(uniqueName()).size(2).idleTimeout(Duration.ofMillis(50)));
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch gate = new CountDownLatch(1);
        List<InProgress<Thread>> jobs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            jobs.add(pool.submit(() -> {
                bothRunning.countDown();
                gate.await();
                return Thread.currentThread();
            }));
        }
        await(bothRunning);
        gate.countDown();
        for (InProgress<Thread> job : jobs) {
            awaitFinished(job);
        }

        for (InProgress<Thread> job : jobs) {
            job.result().join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertFalse(job.result().isAlive(), "idle thread did not exit: " + job.result());
        }
        InProgress<String> later = pool.submit(() -> Thread.currentThread().getName());
        awaitFinished(later);
        assertEquals(pool.name() + "-3", later.result(), "a job after the threads exited starts a new one");
    }

    @Test
    void builderOptionsAreApplied() throws InterruptedException {
        ThreadPool daemons = register(3);
        ThreadPool userThreads = register(ThreadPool.builder(uniqueName()).daemon(false));
        InProgress<Boolean> daemon = daemons.submit(() -> Thread.currentThread().isDaemon());
        InProgress<Boolean> notDaemon = userThreads.submit(() -> Thread.currentThread().isDaemon());
        awaitFinished(daemon);
        awaitFinished(notDaemon);

        assertTrue(daemon.result());
        assertFalse(notDaemon.result());
        assertEquals(3, daemons.size());
        assertEquals(1, userThreads.size());
        assertTrue(daemons.toString().contains(daemons.name()), daemons::toString);
    }

    // ------------------------------------------------------------------------------------------ aborts

    @Test
    void abortingAQueuedJobRemovesItFromTheQueue() throws InterruptedException {
        ThreadPool pool = register(1);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        pool.submit(() -> {
            busy.countDown();
            gate.await();
            return null;
        });
        await(busy);
        AtomicBoolean abortedJobRan = new AtomicBoolean();
        InProgress<String> queued = pool.submit(() -> {
            abortedJobRan.set(true);
            return "ran";
        });
        InProgress<String> next = pool.submit(() -> "next");

        assertTrue(queued.abort());
        assertTrue(pool.toString().contains("1 queued"), pool::toString);
        gate.countDown();
        awaitFinished(next);

        assertEquals("next", next.result());
        assertFalse(abortedJobRan.get(), "an aborted queued job must never run");
        assertInstanceOf(InProgressAbortedException.class, queued.exception());
    }

    @Test
    void abortingARunningJobInterruptsItFiresItsAbortSignalAndDropsItsResult() throws InterruptedException {
        ThreadPool pool = register(1);
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicReference<Thread> abortedThread = new AtomicReference<>();
        InProgress<String> job = pool.submit(() -> {
            Thread me = Thread.currentThread();
            abortedThread.set(me);
            ThreadPool.currentJob().abortSignal().connect(reason -> {
                signalled.set(true);
                LockSupport.unpark(me);
            });
            running.countDown();
            while (!signalled.get()) {
                LockSupport.park(); // unlike a latch, park() leaves the interrupt status set for the next job to see
            }
            interrupted.set(me.isInterrupted());
            return "returned after the abort";
        });
        InProgress<Boolean> nextSeesAnInterrupt = pool.submit(() -> Thread.currentThread().isInterrupted());
        InProgress<Thread> nextThread = pool.submit(Thread::currentThread);
        await(running);

        assertTrue(job.abort());
        awaitFinished(nextThread);

        assertTrue(interrupted.get(), "the running job's thread was not interrupted");
        assertTrue(signalled.get(), "the abort signal did not fire");
        assertInstanceOf(InProgressAbortedException.class, job.exception());
        assertFalse(nextSeesAnInterrupt.result(), "the interrupt leaked into the next job");
        assertSame(abortedThread.get(), nextThread.result());
    }

    @Test
    void aJobThatInterruptsItselfDoesNotLeaveTheFlagForTheNext() throws InterruptedException {
        ThreadPool pool = register(1);
        pool.submit(() -> {
            Thread.currentThread().interrupt();
            return null;
        });
        InProgress<Boolean> next = pool.submit(() -> Thread.currentThread().isInterrupted());
        awaitFinished(next);
        assertFalse(next.result());
    }

    // ------------------------------------------------------------------------------------------ registration

    @Test
    void anUnknownNameSaysWhichPoolsExistAndHowToRegisterOne() {
        ThreadPool io = register(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThreadPool.named("nope"));
        assertTrue(e.getMessage().contains("\"nope\""), e::getMessage);
        assertTrue(e.getMessage().contains(io.name()), e::getMessage);
        assertTrue(e.getMessage().contains("ThreadPool.builder(\"nope\").size(n).register()"), e::getMessage);
        assertSame(io, ThreadPool.named(io.name()));
    }

    @Test
    void aNameRegisteredTwiceIsAnIllegalStateException() {
        ThreadPool first = register(1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ThreadPool.builder(first.name()).size(2).register());
        assertTrue(e.getMessage().contains(first.name()), e::getMessage);
        assertSame(first, ThreadPool.named(first.name()));
    }

    @Test
    void invalidNamesAndSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ThreadPool.builder(""));
        assertThrows(IllegalArgumentException.class, () -> ThreadPool.builder(Threaded.MAIN));
        assertThrows(NullPointerException.class, () -> ThreadPool.builder(null));
        ThreadPool.Builder builder = ThreadPool.builder(uniqueName());
        assertThrows(IllegalArgumentException.class, () -> builder.size(0));
        assertThrows(IllegalArgumentException.class, () -> builder.idleTimeout(Duration.ofMillis(-1)));
    }

    // ------------------------------------------------------------------------------------------ shutdown

    @Test
    void shutdownFailsQueuedJobsAbortsRunningOnesAndUnregisters() throws InterruptedException {
        ThreadPool pool = register(1);
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicReference<Thread> worker = new AtomicReference<>();
        InProgress<String> active = pool.submit(() -> {
            worker.set(Thread.currentThread());
            running.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return "too late";
        });
        await(running);
        AtomicBoolean queuedRan = new AtomicBoolean();
        InProgress<String> queued = pool.submit(() -> {
            queuedRan.set(true);
            return "ran";
        });

        pool.shutdown();

        InProgressAbortedException queuedFailure = assertInstanceOf(InProgressAbortedException.class,
                queued.exception());
        assertTrue(queuedFailure.getMessage().contains("shut down"), queuedFailure::getMessage);
        assertInstanceOf(InProgressAbortedException.class, active.exception());
        worker.get().join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertFalse(worker.get().isAlive(), "the pool thread did not exit");
        assertTrue(interrupted.get());
        assertFalse(queuedRan.get());
        assertThrows(IllegalArgumentException.class, () -> ThreadPool.named(pool.name()));

        InProgress<String> afterShutdown = pool.submit(() -> "never");
        assertInstanceOf(InProgressAbortedException.class, afterShutdown.exception());
        pool.shutdown();
        ThreadPool again = register(ThreadPool.builder(pool.name()));
        assertSame(again, ThreadPool.named(pool.name()));
    }

    @Test
    void theEndOfTheNotifierShutsDownItsPools() {
        ThreadPool pool = register(1);
        assertEquals(1, notifier.shutdownSignal().count());

        notifier.post(notifier::stop);
        assertTimeoutPreemptively(LIMIT, notifier::run);

        assertThrows(IllegalArgumentException.class, () -> ThreadPool.named(pool.name()));
        assertTrue(pool.submit(() -> "never").isFailed());
        assertEquals(0, notifier.shutdownSignal().count());
    }

    @Test
    void aPoolShutDownByHandLetsGoOfTheNotifier() {
        ThreadPool pool = register(1);
        assertEquals(1, notifier.shutdownSignal().count());
        pool.shutdown();
        assertEquals(0, notifier.shutdownSignal().count(), "the shut-down pool stays referenced by the notifier");
    }

    @Test
    void shutdownAllShutsDownEveryRegisteredPool() {
        ThreadPool first = register(1);
        ThreadPool second = register(2);
        ThreadPool.shutdownAll();
        assertThrows(IllegalArgumentException.class, () -> ThreadPool.named(first.name()));
        assertThrows(IllegalArgumentException.class, () -> ThreadPool.named(second.name()));
        assertTrue(first.submit(() -> "never").isFailed());
        assertTrue(second.submit(() -> "never").isFailed());
    }

    // ------------------------------------------------------------------------------------------ stress

    @Test
    void manySubmittersEveryJobFinishesExactlyOnceWithItsValue() {
        ThreadPool pool = register(3);
        int submitters = 8;
        int perSubmitter = 2_000;
        int count = submitters * perSubmitter;
        AtomicIntegerArray ran = new AtomicIntegerArray(count);
        AtomicIntegerArray delivered = new AtomicIntegerArray(count);
        AtomicInteger total = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch go = new CountDownLatch(1);
            for (int s = 0; s < submitters; s++) {
                int first = s * perSubmitter;
                Thread submitter = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = first; i < first + perSubmitter; i++) {
                        int index = i;
                        pool.submit(index % 7, () -> {
                            ran.incrementAndGet(index);
                            return index;
                        }).connect(v -> {
                            if (v != index) {
                                wrong.incrementAndGet();
                            }
                            delivered.incrementAndGet(index);
                            total.incrementAndGet();
                        });
                    }
                }, "submitter-" + s);
                submitter.setDaemon(true);
                threads.add(submitter);
                submitter.start();
            }
            notifier.enqueue(go::countDown);
            notifier.loopUntil(() -> total.get() == count);
            for (Thread thread : threads) {
                thread.join();
            }
        });

        for (int i = 0; i < count; i++) {
            assertEquals(1, ran.get(i), "runs of job " + i);
            assertEquals(1, delivered.get(i), "results of job " + i);
        }
        assertEquals(0, wrong.get());
        assertTrue(liveThreads(pool).size() <= 3);
    }
}
