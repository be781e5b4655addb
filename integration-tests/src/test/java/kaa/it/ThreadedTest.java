package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.Notifier;
import kaa.ThreadPool;
import kaa.Threaded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @Threaded} methods compiled with the processor, awaited by coroutines and by {@code await()}. */
@ExtendWith(NotifierReports.class)
class ThreadedTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Notifier previous;
    private Notifier notifier;

    @BeforeEach
    void freshNotifier() {
        previous = Main.notifier();
        notifier = new Notifier();
        Main.setNotifier(notifier);
        ThreadPool.builder("it-serial").size(1).register();
        ThreadPool.builder("it-wide").size(4).register();
    }

    @AfterEach
    void restore() {
        ThreadPool.shutdownAll();
        notifier.close();
        Main.setNotifier(previous);
    }

    abstract static class Work {
        final List<String> order = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch gate = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);

        @Threaded
        InProgress<String> whereAmI() {
            return done(Thread.currentThread().getName());
        }

        @Threaded(pool = "it-wide")
        InProgress<String> read(String path) throws IOException {
            if (path.isEmpty()) {
                throw new IOException("no path");
            }
            return done("contents of " + path + " read on " + Thread.currentThread().getName());
        }

        @Threaded(pool = "it-serial")
        InProgress<Void> block() throws InterruptedException {
            started.countDown();
            gate.await();
            return done();
        }

        @Threaded(pool = "it-serial", priority = 5)
        InProgress<String> urgent(String name) {
            order.add(name);
            return done(name);
        }

        @Threaded(pool = "it-serial")
        InProgress<String> normal(String name) {
            order.add(name);
            return done(name);
        }

        @Threaded(pool = Threaded.MAIN)
        InProgress<String> onMain() {
            return done(Thread.currentThread().getName());
        }

        @Threaded(pool = "it-wide")
        InProgress<Integer> untilInterrupted(AtomicReference<String> how) {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(60));
                how.set("slept");
            } catch (InterruptedException e) {
                how.set("interrupted");
            }
            return done(1);
        }

        @Threaded(pool = "nobody-registered-this")
        InProgress<Void> nowhere() {
            return done();
        }

        @Threaded(pool = "it-wide")
        static <T> InProgress<List<T>> twice(T value) {
            return done(List.of(value, value));
        }

        @Coroutine
        InProgress<String> awaitRead(String path) {
            try {
                String text = yield_(read(path), IOException.class);
                return done("ok: " + text.substring(0, text.indexOf(" read on")) + " on "
                        + Thread.currentThread().getName());
            } catch (IOException e) {
                return done("caught " + e.getMessage() + " on " + Thread.currentThread().getName());
            }
        }

        @Coroutine
        InProgress<String> awaitStatic() {
            List<String> both = yield_(twice("x"));
            return done(String.join("", both));
        }
    }

    private static Work work() {
        return new ThreadedTest_Work_Coroutines();
    }

    @Test
    void withoutAPoolTheBodyRunsOnANewThreadNamedAfterTheMethod() {
        String name = work().whereAmI().await(LIMIT);
        assertEquals("ThreadedTest.Work.whereAmI", name);
    }

    @Test
    void aCoroutineAwaitsAThreadedMethodLikeAnotherCoroutine() {
        Work w = work();
        String main = Thread.currentThread().getName();
        assertEquals("ok: contents of a.txt on " + main, w.awaitRead("a.txt").await(LIMIT),
                "the value, and the coroutine resumed on the loop thread");
        assertEquals("caught no path on " + main, w.awaitRead("").await(LIMIT),
                "the body's checked exception is thrown at the yield_");
        assertEquals("xx", w.awaitStatic().await(LIMIT), "static and generic @Threaded methods");
    }

    @Test
    void theFailureIsTheSameExceptionObjectTheBodyThrew() throws Exception {
        Work w = work();
        InProgress<String> failed = w.read("");
        notifier.loopUntil(failed::isFinished);
        assertInstanceOf(IOException.class, failed.exception());
        assertEquals("no path", failed.exception().getMessage());
    }

    @Test
    void callbacksRunOnTheNotifierThread() throws IOException {
        Work w = work();
        InProgress<String> text = w.read("b");
        AtomicReference<Thread> callbackThread = new AtomicReference<>();
        text.connect(value -> callbackThread.set(Thread.currentThread()));
        notifier.loopUntil(() -> callbackThread.get() != null);
        assertSame(Thread.currentThread(), callbackThread.get());
        assertTrue(text.result().endsWith("on it-wide-1"), text.result());
    }

    @Test
    void aPoolRunsQueuedCallsByPriorityThenInCallOrder() throws InterruptedException {
        Work w = work();
        InProgress<Void> blocker = w.block();
        assertTrue(w.started.await(10, TimeUnit.SECONDS));
        List<InProgress<String>> calls = List.of(w.normal("n1"), w.urgent("u1"), w.normal("n2"), w.urgent("u2"));
        w.gate.countDown();
        InProgress.all(calls.get(0), calls.get(1), calls.get(2), calls.get(3)).await(LIMIT);
        assertTrue(blocker.isFinished());
        assertEquals(List.of("u1", "u2", "n1", "n2"), w.order);
    }

    @Test
    void mainRunsSynchronouslyOnTheLoopThreadAndIsPostedFromOthers() throws Exception {
        Work w = work();
        AtomicReference<InProgress<String>> fromWorker = new AtomicReference<>();
        InProgress<Boolean> done = new InProgress<>();
        notifier.post(() -> {
            InProgress<String> here = w.onMain();
            assertTrue(here.isFinished(), "called on the loop thread, it ran inside the call");
            Thread worker = new Thread(() -> {
                fromWorker.set(w.onMain());
                done.finish(true);
            }, "some-worker");
            worker.start();
        });
        assertTrue(done.await(LIMIT));
        assertEquals(Thread.currentThread().getName(), fromWorker.get().await(LIMIT),
                "called from another thread, it ran on the loop thread");
    }

    @Test
    void abortingAQueuedCallRemovesItAndARunningOneIsInterrupted() throws InterruptedException {
        Work w = work();
        InProgress<Void> blocker = w.block();
        assertTrue(w.started.await(10, TimeUnit.SECONDS));
        InProgress<String> queued = w.normal("never");
        assertTrue(queued.abort());
        assertInstanceOf(InProgressAbortedException.class, queued.exception());
        w.gate.countDown();
        blocker.await(LIMIT);
        assertEquals("after", w.normal("after").await(LIMIT));
        assertEquals(List.of("after"), w.order, "the aborted call never ran");

        Work sleeper = work();
        AtomicReference<String> how = new AtomicReference<>();
        InProgress<Integer> running = sleeper.untilInterrupted(how);
        assertTrue(sleeper.started.await(10, TimeUnit.SECONDS));
        running.abort();
        assertInstanceOf(InProgressAbortedException.class, running.exception());
        assertTimeoutPreemptively(LIMIT, () -> {
            while (how.get() == null) {
                Thread.onSpinWait();
            }
        });
        assertEquals("interrupted", how.get());
    }

    @Test
    void aCoroutineAbortedWhileAwaitingAThreadedCallAbortsTheCall() throws InterruptedException {
        Work w = work();
        AtomicReference<String> how = new AtomicReference<>();
        InProgress<Integer> call = w.untilInterrupted(how);
        InProgress<Integer> waiter = new ThreadedTest_Waiter_Coroutines().await(call);
        assertTrue(w.started.await(10, TimeUnit.SECONDS));
        waiter.abort();
        assertInstanceOf(InProgressAbortedException.class, call.exception(), "nobody else waited for the call");
        assertTimeoutPreemptively(LIMIT, () -> {
            while (how.get() == null) {
                Thread.onSpinWait();
            }
        });
        assertEquals("interrupted", how.get());
    }

    abstract static class Waiter {
        @Coroutine
        InProgress<Integer> await(InProgress<Integer> call) {
            return done(yield_(call));
        }
    }

    @Test
    void anUnknownPoolIsAnErrorAtTheCall() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> work().nowhere());
        assertTrue(e.getMessage().contains("nobody-registered-this"), e.getMessage());
        assertTrue(e.getMessage().contains("ThreadPool.builder"), e.getMessage());
    }

    @Test
    void manyCoroutinesAwaitingThreadedCallsAndOtherThreadsResumeExactlyOnce() {
        int coroutines = 200;
        int steps = 10;
        Stress stress = new ThreadedTest_Stress_Coroutines();
        AtomicInteger[] resumptions = new AtomicInteger[coroutines];
        List<InProgress<Integer>> all = new ArrayList<>();
        // Started by the loop, which runs until every coroutine has finished: pool threads and plain threads finish
        // what the coroutines await while it runs.
        notifier.post(() -> {
            for (int i = 0; i < coroutines; i++) {
                resumptions[i] = new AtomicInteger();
                all.add(stress.run(i, steps, resumptions[i]));
            }
        });
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> notifier.loopUntil(
                () -> all.size() == coroutines && all.stream().allMatch(InProgress::isFinished)));
        for (int i = 0; i < coroutines; i++) {
            int expected = 0;
            for (int s = 0; s < steps; s++) {
                expected += i * s + 1;
            }
            assertEquals(expected, all.get(i).result(), "coroutine " + i);
            assertEquals(2 * steps, resumptions[i].get(), "each await resumed exactly once: " + i);
        }
        assertFalse(stress.offLoop.get(), "every coroutine step ran on the loop thread");
    }

    abstract static class Stress {
        final AtomicReference<Boolean> offLoop = new AtomicReference<>(false);

        @Threaded(pool = "it-wide")
        InProgress<Integer> compute(int i, int s) {
            return done(i * s);
        }

        /** Finished by a plain thread of its own, as blocking libraries do. */
        static InProgress<Integer> fromAnotherThread(int value) {
            InProgress<Integer> ip = new InProgress<>();
            new Thread(() -> ip.finish(value)).start();
            return ip;
        }

        @Coroutine
        InProgress<Integer> run(int i, int steps, AtomicInteger resumptions) {
            int sum = 0;
            for (int s = 0; s < steps; s++) {
                sum += yield_(compute(i, s));
                check(resumptions);
                sum += yield_(fromAnotherThread(1));
                check(resumptions);
            }
            return done(sum);
        }

        void check(AtomicInteger resumptions) {
            resumptions.incrementAndGet();
            if (!Main.isMainThread()) {
                offLoop.set(true);
            }
        }
    }
}
