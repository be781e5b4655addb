package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who drives the loop (docs/resumption.md, "Who drives the loop") and what a VirtualMachineError does: the bug reports
 * D1 (StrandedByAwait, LostAtStop, PoolResultLost), D2 (AwaitThenRun, TwoAwaiters), D6 (InterruptedAwait,
 * LoopInterrupted) and D7 (StepSignalSoe, Reent) of shared/bugs/runtime, as tests.
 */
@ExtendWith(NotifierReports.class)
class DrivingProtocolTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final ManualTicker clock = new ManualTicker();
    private final Notifier notifier = new Notifier(clock);
    private Notifier previous;
    private final List<Thread> started = new ArrayList<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void useTheNotifier() {
        previous = Main.notifier();
        Main.setNotifier(notifier);
    }

    @AfterEach
    void restore() throws InterruptedException {
        for (Thread thread : started) {
            thread.interrupt();
            thread.join(LIMIT.toMillis());
            assertFalse(thread.isAlive(), "still running: " + thread);
        }
        Main.setNotifier(previous);
        notifier.close();
    }

    private Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        started.add(thread);
        thread.start();
        return thread;
    }

    /** Waits until {@code thread} is parked or blocked (a state change, not a sleep). */
    private static void awaitParked(Thread thread) {
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(thread.isAlive(), thread + " ended");
            Thread.onSpinWait();
        }
    }

    private static boolean isParked(Thread thread) {
        return thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING;
    }

    private static void join(Thread thread) {
        try {
            thread.join(LIMIT.toMillis());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertFalse(thread.isAlive(), thread + " is still running");
    }

    // ---------------------------------------------------------------------------------------------- D1

    @Test
    void aParkedAwaitIsWokenEvenWhenTheDriverLeavesFirst() { // StrandedByAwait
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> a = new InProgress<>();
            InProgress<String> b = new InProgress<>();
            AtomicReference<String> gotB = new AtomicReference<>();
            Thread waiterB = new Thread(() -> gotB.set(b.await()), "B");
            started.add(waiterB);
            notifier.enqueue(() -> {
                waiterB.start();
                awaitParked(waiterB); // the test thread drives: B parks
                start("F", () -> {
                    b.finish("b-value"); // B's wake-up needs no loop
                    a.finish("a-value"); // the driver leaves right after
                });
            });

            assertEquals("a-value", a.await());

            join(waiterB);
            assertEquals("b-value", gotB.get());
        });
    }

    @Test
    void runRunsWhatWasPostedBeforeItReturns() { // PoolResultLost, LostAtStop
        assertTimeoutPreemptively(LIMIT, () -> {
            notifier.enqueue(() -> {
                join(start("poster", () -> notifier.post(() -> log.add("posted just before the stop"))));
                notifier.stop();
            });

            notifier.run();

            assertEquals(List.of("posted just before the stop"), log);
        });
    }

    @Test
    void aPoolResultPostedJustBeforeTheStopStillArrives() { // PoolResultLost
        assertTimeoutPreemptively(LIMIT, () -> {
            ThreadPool pool = ThreadPool.builder("driving-protocol").register();
            try {
                AtomicReference<InProgress<String>> job = new AtomicReference<>();
                notifier.enqueue(() -> {
                    job.set(pool.submit(() -> "job result"));
                    while (notifier.postedCount() == 0) {
                        Thread.onSpinWait(); // the job ran and posted its delivery
                    }
                    notifier.stop();
                });

                notifier.run();

                assertEquals("job result", job.get().result());
            } finally {
                pool.shutdown();
            }
        });
    }

    // ---------------------------------------------------------------------------------------------- D2

    @Test
    void runTakesTheLoopOverFromAnAwaitThatDrivesIt() { // AwaitThenRun
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> reply = new InProgress<>();
            AtomicReference<String> got = new AtomicReference<>();
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            start("worker", () -> got.set(reply.await()));
            while (!notifier.isDriven()) {
                Thread.onSpinWait(); // the worker's await() drives the undriven loop
            }
            notifier.initSignal().connect(ignored -> notifier.enqueue(() -> {
                ranOn.set(Thread.currentThread());
                reply.finish("hi");
                notifier.stop();
            }));

            notifier.run(); // waits for the worker to hand the loop over: no IllegalStateException

            assertSame(Thread.currentThread(), ranOn.get());
            join(started.get(0));
            assertEquals("hi", got.get());
        });
    }

    @Test
    void aWorkerAwaitsACallOnTheLoopWhileMainAwaits() { // the seed's pattern, which D2 broke depending on timing
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> done = new InProgress<>();
            start("worker", () -> {
                String onLoop = Main.call(() -> Thread.currentThread().getName()).await();
                done.finish("the call ran on " + onLoop);
            });

            // Whoever drives first runs the call: the other waits; neither throws.
            String result = done.await();
            assertTrue(result.equals("the call ran on " + Thread.currentThread().getName())
                    || result.equals("the call ran on worker"), result);
        });
    }

    @Test
    void aParkedAwaitTakesOverDrivingWhenTheDriverLeaves() { // TwoAwaiters
        assertTimeoutPreemptively(LIMIT, () -> {
            InProgress<String> one = new InProgress<>();
            InProgress<String> two = new InProgress<>();
            // Two is finished by a task of the loop that only exists once one has finished: whoever waits for two
            // must drive the loop after the first driver has left.
            one.connect(value -> notifier.enqueue(() -> two.finish("two")));
            List<Object> got = new CopyOnWriteArrayList<>();
            Thread t1 = start("t1", () -> got.add(await(one)));
            Thread t2 = start("t2", () -> got.add(await(two)));
            // One drives (in the selector: RUNNABLE), the other is parked.
            while (!notifier.isDriven() || !(isParked(t1) || isParked(t2))) {
                Thread.onSpinWait();
            }

            one.finish("one");

            join(t1);
            join(t2);
            assertTrue(got.contains("one") && got.contains("two"), got.toString());
        });
    }

    private static Object await(InProgress<String> ip) {
        try {
            return ip.await();
        } catch (RuntimeException e) {
            return e;
        }
    }

    // ---------------------------------------------------------------------------------------------- D6

    @Test
    void anInterruptEndsAnAwaitThatDrivesTheLoop() { // InterruptedAwait (a)
        InProgress<String> never = new InProgress<>();
        Thread.currentThread().interrupt();
        try {
            InProgressAbortedException thrown = assertThrows(InProgressAbortedException.class, never::await);
            assertTrue(thrown.getMessage().startsWith("interrupted while waiting"), thrown.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the status stays set, as on the blocking path");
        } finally {
            Thread.interrupted();
        }
        assertFalse(notifier.isDriven());
        assertEquals(0, never.listenerCount());
    }

    @Test
    void anInterruptEndsAnAwaitNestedInACallback() {
        InProgress<String> never = new InProgress<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        notifier.enqueue(() -> {
            Thread.currentThread().interrupt();
            try {
                never.await();
            } catch (InProgressAbortedException e) {
                thrown.set(e);
            } finally {
                Thread.interrupted();
            }
        });
        notifier.loopUntil(() -> thrown.get() != null);
        assertInstanceOf(InProgressAbortedException.class, thrown.get());
    }

    @Test
    void anInterruptedLoopClearsTheStatusReportsItAndSleepsAgain() { // LoopInterrupted
        assertTimeoutPreemptively(LIMIT, () -> {
            Notifier real = new Notifier();
            List<Throwable> reported = new CopyOnWriteArrayList<>();
            List<Boolean> statusWhenReported = new CopyOnWriteArrayList<>();
            real.exceptionSignal().connect(failure -> {
                reported.add(failure);
                statusWhenReported.add(Thread.currentThread().isInterrupted());
            });
            Thread loop = start("loop", real::run);
            while (!real.isRunning()) {
                Thread.onSpinWait();
            }
            loop.interrupt();
            while (reported.isEmpty()) {
                Thread.onSpinWait();
            }
            real.post(() -> log.add("the loop goes on"));
            while (log.isEmpty()) {
                Thread.onSpinWait();
            }
            real.stop();
            join(loop);
            assertEquals(1, reported.size());
            assertInstanceOf(InterruptedException.class, reported.get(0));
            assertEquals(List.of(false), statusWhenReported);
            real.close();
        });
    }

    // ---------------------------------------------------------------------------------------------- D7

    private void assertPropagates(Consumer<Runnable> place) {
        OutOfMemoryError oom = new OutOfMemoryError("synthetic, expected by the test");
        place.accept(() -> {
            throw oom;
        });
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> notifier.loopUntil(() -> false)));
        assertFalse(notifier.isDriven());

        StackOverflowError soe = new StackOverflowError("synthetic, expected by the test");
        place.accept(() -> {
            throw soe;
        });
        assertSame(soe, assertThrows(StackOverflowError.class, () -> notifier.loopUntil(() -> false)));
        assertFalse(notifier.isDriven());
    }

    @Test
    void aVirtualMachineErrorEndsTheLoopFromEveryPlaceUserCodeRuns() { // StepSignalSoe, Reent
        assertPropagates(notifier::enqueue);
        assertPropagates(body -> notifier.schedule(Duration.ofMillis(1).toNanos(), body));
        assertPropagates(body -> notifier.post(body));
        assertPropagates(body -> {
            InProgress<String> ip = new InProgress<>();
            ip.connect(value -> body.run());
            notifier.enqueue(() -> ip.finish("x"));
        });
        assertPropagates(body -> {
            Consumer<Void> once = new Consumer<>() {
                @Override
                public void accept(Void ignored) {
                    notifier.stepSignal().disconnect(this);
                    body.run();
                }
            };
            notifier.stepSignal().connect(once);
            notifier.enqueue(() -> { });
        });
    }

    @Test
    void anyOtherFailureIsReportedAndTheLoopGoesOn() {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        notifier.exceptionSignal().connect(reported::add);
        RuntimeException task = new RuntimeException("task");
        LinkageError error = new LinkageError("an Error that is not the VM's");
        InProgress<String> ip = new InProgress<>();
        ip.connect(value -> {
            throw error;
        });
        notifier.enqueue(() -> {
            throw task;
        });
        notifier.enqueue(() -> ip.finish("x"));
        notifier.enqueue(() -> log.add("after"));

        notifier.step();

        assertEquals(List.of(task, error), reported);
        assertEquals(List.of("after"), log);
    }
}
