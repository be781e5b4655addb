package kaa;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class NotifierTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final long MS = 1_000_000;

    private final ManualTicker clock = new ManualTicker();
    private final Notifier notifier = new Notifier(clock);
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    // ------------------------------------------------------------------------------------------ iterations

    @Test
    void aTaskEnqueuedDuringAStepRunsOnTheNextStep() {
        notifier.enqueue(() -> {
            log.add("first");
            notifier.enqueue(() -> log.add("second"));
        });

        notifier.step();
        assertEquals(List.of("first"), log);
        notifier.step();
        assertEquals(List.of("first", "second"), log);
    }

    @Test
    void aStepRunsDueTimersThenPostedTasksThenEnqueuedTasks() {
        notifier.enqueue(() -> log.add("enqueued"));
        notifier.post(() -> log.add("posted"));
        notifier.schedule(0, () -> log.add("timer"));

        notifier.step();

        assertEquals(List.of("timer", "posted", "enqueued"), log);
    }

    @Test
    void loopUntilWithADurationGivesUpThatLongAfterItIsCalled() {
        clock.advance(Duration.ofMillis(500));
        notifier.schedule(100 * MS, () -> log.add("timer"));

        assertTrue(notifier.loopUntil(() -> !log.isEmpty(), Duration.ofMillis(300)));
        assertEquals(600 * MS, clock.nanoTime());
        assertFalse(notifier.loopUntil(() -> false, Duration.ofMillis(300)));
        assertEquals(900 * MS, clock.nanoTime()); // a timeout, not the deadline 300 ms that had passed
        assertFalse(notifier.loopUntil(() -> false, Duration.ofMillis(-5)));
        assertEquals(900 * MS, clock.nanoTime());
    }

    @Test
    void timersFireByDeadlineAndInStartOrderForEqualDeadlines() {
        notifier.schedule(30 * MS, () -> log.add("c"));
        notifier.schedule(10 * MS, () -> log.add("a1"));
        notifier.schedule(20 * MS, () -> log.add("b"));
        notifier.schedule(10 * MS, () -> log.add("a2"));

        notifier.loopUntil(() -> log.size() == 4);

        assertEquals(List.of("a1", "a2", "b", "c"), log);
        assertEquals(30 * MS, clock.nanoTime());
    }

    @Test
    void virtualTimeJumpsToTheNextDeadlineInsteadOfSleeping() {
        AtomicBoolean fired = new AtomicBoolean();
        notifier.schedule(Duration.ofHours(1).toNanos(), () -> fired.set(true));

        assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(fired::get));

        assertEquals(Duration.ofHours(1).toNanos(), clock.nanoTime());
    }

    @Test
    void aTimerStartedByATimerCallbackWithZeroDelayWaitsForTheNextStep() {
        notifier.schedule(0, () -> {
            log.add("outer");
            notifier.schedule(0, () -> log.add("inner"));
        });

        notifier.step();
        assertEquals(List.of("outer"), log);
        notifier.step();
        assertEquals(List.of("outer", "inner"), log);
    }

    @Test
    void aCancelledTimerNeverRuns() {
        TimerHandle cancelled = notifier.schedule(10 * MS, () -> log.add("cancelled"));
        TimerHandle kept = notifier.schedule(20 * MS, () -> log.add("kept"));

        assertTrue(cancelled.cancel());
        assertFalse(cancelled.isPending());
        assertFalse(cancelled.cancel());
        notifier.loopUntil(() -> !log.isEmpty());

        assertEquals(List.of("kept"), log);
        assertFalse(kept.isPending());
        assertFalse(kept.cancel());
    }

    @Test
    void thousandsOfTimersFireInOrderAndCancelledOnesDoNot() {
        Random random = new Random(7);
        List<Long> fired = new ArrayList<>();
        List<TimerHandle> handles = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            long delay = random.nextInt(1_000_000);
            handles.add(notifier.schedule(delay, () -> fired.add(notifier.nanoTime())));
        }
        int cancelled = 0;
        for (int i = 0; i < handles.size(); i += 2) {
            assertTrue(handles.get(i).cancel());
            cancelled++;
        }
        int expected = handles.size() - cancelled;

        notifier.loopUntil(() -> fired.size() == expected);

        for (int i = 1; i < fired.size(); i++) {
            assertTrue(fired.get(i - 1) <= fired.get(i), "fired out of deadline order at " + i);
        }
        assertTrue(handles.stream().noneMatch(TimerHandle::isPending));
    }

    @Test
    void theStepSignalIsEmittedOnEveryIteration() {
        AtomicInteger steps = new AtomicInteger();
        notifier.stepSignal().connect(ignored -> steps.incrementAndGet());
        notifier.enqueue(() -> { });

        notifier.step();
        notifier.schedule(0, () -> { });
        notifier.step();

        assertEquals(2, steps.get());
    }

    // ----------------------------------------------------------------------------------------- driving

    @Test
    void loopUntilCanNestInsideACallback() {
        AtomicBoolean timerFired = new AtomicBoolean();
        notifier.enqueue(() -> {
            log.add("outer task");
            assertTrue(notifier.isLoopThread());
            notifier.schedule(5 * MS, () -> timerFired.set(true));
            notifier.loopUntil(timerFired::get); // kaa's wait() inside a callback
            log.add("nested loop done");
            assertTrue(notifier.isLoopThread(), "still bound after the nested loop");
        });

        notifier.loopUntil(() -> log.size() == 2);

        assertEquals(List.of("outer task", "nested loop done"), log);
        assertFalse(notifier.isDriven());
    }

    @Test
    void aSecondThreadCannotDriveTheLoopWhileItIsDriven() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        notifier.enqueue(() -> {
            Thread intruder = new Thread(() -> {
                try {
                    notifier.step();
                } catch (Throwable t) {
                    seen.set(t);
                }
            }, "intruder");
            intruder.start();
            join(intruder);
        });

        notifier.step();

        IllegalStateException failure = assertInstanceOf(IllegalStateException.class, seen.get());
        assertTrue(failure.getMessage().contains(Thread.currentThread().getName()), failure.getMessage());
    }

    @Test
    void bindingStatesFollowTheDrivingCalls() {
        assertFalse(notifier.isDriven());
        assertFalse(notifier.isLoopThread());
        notifier.enqueue(() -> log.add(notifier.isDriven() + " " + notifier.isLoopThread() + " " + notifier.isRunning()));

        notifier.step();

        assertEquals(List.of("true true false"), log);
        assertFalse(notifier.isDriven());
    }

    @Test
    void runIsStoppedFromAnotherThreadAndEmitsInitAndShutdown() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        notifier.initSignal().connect(ignored -> {
            log.add("init");
            started.countDown();
        });
        notifier.shutdownSignal().connect(ignored -> log.add("shutdown"));
        Thread loop = new Thread(notifier::run, "loop");
        loop.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(notifier.isRunning());

        notifier.stop(); // the loop is asleep in select with nothing scheduled

        loop.join(LIMIT.toMillis());
        assertFalse(loop.isAlive());
        assertFalse(notifier.isRunning());
        assertFalse(notifier.isDriven());
        assertEquals(List.of("init", "shutdown"), log);
    }

    @Test
    void runWhileRunningIsAnError() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        notifier.enqueue(() -> {
            try {
                notifier.run();
            } catch (IllegalStateException expected) {
                seen.set(expected);
            }
            notifier.stop();
        });

        assertTimeoutPreemptively(LIMIT, notifier::run);

        assertInstanceOf(IllegalStateException.class, seen.get());
    }

    @Test
    void aFullPostedQueueMakesTheProducerWaitForTheLoop() throws InterruptedException { // bug report D10
        Notifier bounded = new Notifier(clock, 2);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                int n = i;
                bounded.post(() -> log.add("task " + n));
            }
        }, "producer");
        bounded.enqueue(() -> { }); // drive the loop from here, with something to do: posts go to the posted queue
        producer.start();
        while (producer.getState() != Thread.State.WAITING) {
            assertTrue(producer.isAlive(), "the third post did not wait");
            Thread.onSpinWait();
        }
        assertEquals(2, bounded.postedCount());

        bounded.loopUntil(() -> log.size() == 3);
        producer.join(LIMIT.toMillis());

        assertEquals(List.of("task 0", "task 1", "task 2"), log);
        assertThrows(IllegalArgumentException.class, () -> new Notifier(clock, 0));
        bounded.close();
    }

    @Test
    void aStopBeforeRunIsKeptForTheNextRunOnly() { // bug report D8 (StopRace): a stop just before run() was lost
        notifier.stop();
        notifier.enqueue(() -> log.add("ran"));

        assertTimeoutPreemptively(LIMIT, notifier::run); // returns at once

        assertEquals(List.of(), log);
        notifier.enqueue(() -> log.add("second run"));
        notifier.enqueue(notifier::stop);
        assertTimeoutPreemptively(LIMIT, notifier::run); // the stop was spent: this one iterates until stopped
        assertEquals(List.of("ran", "second run"), log);
    }

    @Test
    void aStopRightAfterAnotherThreadStartsRunIsNeverLost() throws InterruptedException { // StopRace
        for (int round = 0; round < 50; round++) {
            Notifier fresh = new Notifier();
            Thread loop = new Thread(fresh::run, "loop-" + round);
            loop.start();
            fresh.stop();
            loop.join(LIMIT.toMillis());
            assertFalse(loop.isAlive(), "round " + round + ": the stop was lost");
            fresh.close();
        }
    }

    @Test
    void loopUntilWithADeadlineGivesUpOnVirtualTimeWithoutSleeping() {
        boolean done = assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> false, 5_000 * MS));

        assertFalse(done);
        assertEquals(5_000 * MS, clock.nanoTime());
    }

    @Test
    void loopUntilWithADeadlineReturnsTrueWhenDone() {
        notifier.schedule(10 * MS, () -> log.add("fired"));

        assertTrue(notifier.loopUntil(() -> !log.isEmpty(), 20 * MS));
        assertEquals(10 * MS, clock.nanoTime());
    }

    @Test
    void loopUntilWithADeadlineOnTheRealClockSleepsNoLongerThanTheDeadline() {
        try (Notifier real = new Notifier()) {
            long start = System.nanoTime();
            boolean done = assertTimeoutPreemptively(LIMIT,
                    () -> real.loopUntil(() -> false, real.nanoTime() + 30 * MS));
            long elapsed = System.nanoTime() - start;

            assertFalse(done);
            assertTrue(elapsed >= 30 * MS, "returned early: " + elapsed);
        }
    }

    @Test
    void wakeUpEndsASleepSoTheLoopSeesAChangedCondition() throws Exception {
        AtomicBoolean flag = new AtomicBoolean();
        CountDownLatch sleeping = new CountDownLatch(1);
        Thread setter = new Thread(() -> {
            awaitLatch(sleeping);
            flag.set(true);
            notifier.wakeUp();
        });
        setter.start();
        notifier.enqueue(sleeping::countDown); // the loop sleeps right after this, with nothing scheduled

        assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(flag::get));

        setter.join();
    }

    // ------------------------------------------------------------------------------------ cross-thread

    @Test
    void postsFromManyThreadsAllRunExactlyOnceOnTheLoopThread() {
        int producers = 8;
        int postsEach = 10_000;
        int[] runs = new int[producers * postsEach];
        AtomicInteger total = new AtomicInteger();
        AtomicBoolean offThread = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            threads.add(new Thread(() -> {
                for (int i = 0; i < postsEach; i++) {
                    int id = producer * postsEach + i;
                    notifier.post(() -> {
                        if (!notifier.isLoopThread()) {
                            offThread.set(true);
                        }
                        runs[id]++;
                        total.incrementAndGet();
                    });
                }
            }));
        }
        notifier.enqueue(() -> threads.forEach(Thread::start));

        assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> total.get() == runs.length));

        threads.forEach(NotifierTest::join);
        for (int id = 0; id < runs.length; id++) {
            assertEquals(1, runs[id], "post " + id);
        }
        assertFalse(offThread.get());
    }

    @Test
    void enqueuesFromManyThreadsWhileNobodyDrivesTheLoopAreAllKept() throws Exception {
        int threads = 4;
        int tasksEach = 5_000;
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread producer = new Thread(() -> {
                awaitLatch(go);
                for (int i = 0; i < tasksEach; i++) {
                    notifier.enqueue(ran::incrementAndGet);
                }
            });
            producer.start();
            producers.add(producer);
        }
        go.countDown();
        for (Thread producer : producers) {
            producer.join();
        }

        // Contended enqueues fall back to posting, and a step runs a bounded number of posts: loop until all ran.
        assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> ran.get() >= threads * tasksEach));
        notifier.loopUntil(() -> false, notifier.nanoTime() + 1_000 * MS); // run anything left over

        assertEquals(threads * tasksEach, ran.get());
    }

    @Test
    void enqueueFromAnotherThreadWhileDrivenIsPosted() {
        AtomicReference<Boolean> ranOnLoopThread = new AtomicReference<>();
        notifier.enqueue(() -> {
            Thread other = new Thread(() -> notifier.enqueue(() -> ranOnLoopThread.set(notifier.isLoopThread())));
            other.start();
            join(other);
        });

        assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> ranOnLoopThread.get() != null));

        assertTrue(ranOnLoopThread.get());
    }

    @Test
    void aTimerScheduledFromAnotherThreadWakesTheSleepingLoop() {
        AtomicBoolean fired = new AtomicBoolean();
        notifier.enqueue(() -> new Thread(
                () -> notifier.schedule(Duration.ofMinutes(5).toNanos(), () -> fired.set(true))).start());

        assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(fired::get));

        assertEquals(Duration.ofMinutes(5).toNanos(), clock.nanoTime());
    }

    @Test
    void aTimerCancelledFromAnotherThreadDoesNotRun() {
        TimerHandle handle = notifier.schedule(10 * MS, () -> log.add("cancelled"));
        notifier.schedule(20 * MS, () -> log.add("kept"));
        notifier.enqueue(() -> {
            Thread canceller = new Thread(handle::cancel);
            canceller.start();
            join(canceller);
        });

        notifier.loopUntil(() -> !log.isEmpty());

        assertEquals(List.of("kept"), log);
    }

    @Test
    void callRunsSynchronouslyOnTheLoopThread() {
        AtomicReference<InProgress<String>> result = new AtomicReference<>();
        notifier.enqueue(() -> result.set(notifier.call(() -> "now")));

        notifier.step();

        assertTrue(result.get().isFinished());
        assertEquals("now", result.get().result());
    }

    @Test
    void callFromAnotherThreadRunsOnTheLoopThread() {
        AtomicReference<InProgress<Boolean>> result = new AtomicReference<>();
        Thread caller = new Thread(() -> result.set(notifier.call(notifier::isLoopThread)));
        notifier.enqueue(() -> {
            caller.start();
            join(caller);
        });

        assertTimeoutPreemptively(LIMIT,
                () -> notifier.loopUntil(() -> result.get() != null && result.get().isFinished()));

        assertTrue(result.get().result());
    }

    @Test
    void callFailsWithWhatTheCallableThrew() {
        IOException boom = new IOException("boom");
        AtomicReference<InProgress<String>> result = new AtomicReference<>();
        notifier.enqueue(() -> result.set(notifier.call(() -> {
            throw boom;
        })));

        notifier.step();

        assertTrue(result.get().isFailed());
        assertSame(boom, result.get().exception());
    }

    @Test
    void tryRunOnLoopRunsAtOnceOnTheLoopThread() {
        AtomicReference<Boolean> ran = new AtomicReference<>();
        notifier.enqueue(() -> ran.set(notifier.tryRunOnLoop(() -> log.add("on " + notifier.isLoopThread()))));

        notifier.step();

        assertTrue(ran.get());
        assertEquals(List.of("on true"), log);
    }

    @Test
    void tryRunOnLoopRunsAtOnceOnAnyThreadWhileNobodyDrivesTheLoop() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AtomicReference<Boolean> ran = new AtomicReference<>();
            Thread other = new Thread(() -> ran.set(notifier.tryRunOnLoop(() -> log.add("ran"))));
            other.start();
            other.join();

            assertTrue(ran.get());
            assertEquals(List.of("ran"), log);
        });
    }

    @Test
    void tryRunOnLoopRefusesWhileAnotherThreadDrivesTheLoop() {
        assertTimeoutPreemptively(LIMIT, () -> {
            AtomicReference<Boolean> ran = new AtomicReference<>();
            notifier.enqueue(() -> {
                Thread other = new Thread(() -> ran.set(notifier.tryRunOnLoop(() -> log.add("ran"))));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            notifier.step();

            assertFalse(ran.get());
            assertEquals(List.of(), log, "refused: not run, not queued");
        });
    }

    @Test
    void aThreadThatStartsDrivingWaitsForTryRunOnLoopOnAnUndrivenLoop() {
        assertTimeoutPreemptively(LIMIT, () -> {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> notifier.tryRunOnLoop(() -> {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                log.add("held");
            }));
            holder.start();
            inside.await();
            notifier.enqueue(() -> log.add("step"));
            Thread driver = new Thread(notifier::step);
            driver.start();

            driver.join(200); // it cannot iterate while the loop is held
            assertTrue(driver.isAlive(), "the driver iterated while another thread held the undriven loop");
            release.countDown();
            holder.join();
            driver.join();

            assertEquals(List.of("held", "step"), log);
        });
    }

    // ------------------------------------------------------------------------------------------ failures

    @Test
    void aThrowingTaskIsReportedAndTheLoopGoesOn() {
        List<Throwable> reported = new ArrayList<>();
        notifier.exceptionSignal().connect(reported::add);
        RuntimeException taskFailure = new RuntimeException("task");
        RuntimeException timerFailure = new RuntimeException("timer");
        notifier.schedule(0, () -> {
            throw timerFailure;
        });
        notifier.enqueue(() -> {
            throw taskFailure;
        });
        notifier.enqueue(() -> log.add("after"));

        notifier.step();

        assertEquals(List.of(timerFailure, taskFailure), reported);
        assertEquals(List.of("after"), log);
    }

    @Test
    void anExceptionHandlerCanStopTheLoop() {
        notifier.exceptionSignal().connect(failure -> notifier.stop());
        notifier.enqueue(() -> {
            throw new IllegalStateException("fatal for this program");
        });

        assertTimeoutPreemptively(LIMIT, notifier::run);

        assertFalse(notifier.isRunning());
    }

    @Test
    void reportExceptionWithoutHandlersLogsAndReturns() {
        NotifierReports.expectUnhandled(failure -> failure.getMessage().startsWith("logged through"));
        notifier.reportException(new RuntimeException("logged through System.Logger \"kaa\"; expected in test output"));
        assertEquals(0, notifier.exceptionSignal().count());
    }

    @Test
    void aThrowingExceptionHandlerDoesNotRecurse() {
        NotifierReports.expectUnhandled(failure -> failure.getMessage().startsWith("handler broken"));
        AtomicInteger calls = new AtomicInteger();
        notifier.exceptionSignal().connect(failure -> {
            calls.incrementAndGet();
            throw new IllegalStateException("handler broken; logged, expected in test output");
        });

        notifier.reportException(new RuntimeException("original"));

        assertEquals(1, calls.get());
    }

    // ------------------------------------------------------------------------------------------------ I/O

    @Test
    void aReadyChannelIsDispatchedToItsHandlerOnTheLoopThread() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            source.configureBlocking(false);
            AtomicReference<String> received = new AtomicReference<>();
            IOMonitor monitor = new IOMonitor(notifier, source, ready -> {
                ByteBuffer buffer = ByteBuffer.allocate(16);
                try {
                    source.read(buffer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                received.set(new String(buffer.array(), 0, buffer.position(), US_ASCII)
                        + (notifier.isLoopThread() ? " on loop" : " elsewhere"));
            });
            Thread writer = new Thread(() -> {
                try {
                    sink.write(ByteBuffer.wrap("ping".getBytes(US_ASCII)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            notifier.enqueue(writer::start);

            monitor.watch(IOMonitor.READ);
            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(() -> received.get() != null));

            assertEquals("ping on loop", received.get());
            monitor.unregister();
            writer.join();
        }
    }

    @Test
    void readyChannelsAreServedEvenWhenTheRunQueueIsNeverEmpty() throws Exception {
        Pipe pipe = Pipe.open();
        try (Pipe.SourceChannel source = pipe.source(); Pipe.SinkChannel sink = pipe.sink()) {
            source.configureBlocking(false);
            sink.write(ByteBuffer.wrap(new byte[] {1}));
            AtomicBoolean served = new AtomicBoolean();
            IOMonitor[] monitor = new IOMonitor[1];
            monitor[0] = new IOMonitor(notifier, source, ready -> {
                served.set(true);
                monitor[0].unregister();
            });
            monitor[0].watch(IOMonitor.READ);
            Runnable busy = new Runnable() {
                @Override
                public void run() {
                    if (!served.get()) {
                        notifier.enqueue(this); // a coroutine yielding in a loop
                    }
                }
            };
            notifier.enqueue(busy);

            assertTimeoutPreemptively(LIMIT, () -> notifier.loopUntil(served::get));
        }
    }

    @Test
    void closingReleasesTheSelectorAndTheNotifierStaysUsable() {
        notifier.close();
        notifier.enqueue(() -> log.add("ran"));
        notifier.step();
        assertEquals(List.of("ran"), log);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
