package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How failures travel out of coroutine bodies and through chains of awaiting coroutines. */
@ExtendWith(NotifierReports.class)
class FailurePropagationTest {
    private Notifier notifier;
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
        assertEquals(List.of(), reported, "nothing escaped to the notifier");
    }

    /**
     * Turns the loop for one virtual millisecond: runs whatever is due, never sleeps for real (a bare
     * {@code step()} with nothing pending would wait for a wakeup).
     */
    private void turn() {
        notifier.loopUntil(() -> false, notifier.nanoTime() + Duration.ofMillis(1).toNanos());
    }

    abstract static class Failing {
        final List<String> trace = new ArrayList<>();
        RuntimeException unchecked;
        IOException checked;

        @Coroutine
        InProgress<String> throwsUnchecked(boolean suspendFirst) {
            if (suspendFirst) {
                yield_();
            }
            throw unchecked;
        }

        @Coroutine
        InProgress<String> throwsChecked(boolean suspendFirst) throws IOException {
            if (suspendFirst) {
                yield_();
            }
            if (checked != null) {
                throw checked;
            }
            return done("no failure");
        }

        @Coroutine
        InProgress<Integer> level3(InProgress<Integer> source) {
            trace.add("level3 start");
            int value = yield_(source);
            trace.add("level3 got " + value);
            return done(value + 1);
        }

        @Coroutine
        InProgress<Integer> level2(InProgress<Integer> source) {
            try {
                int value = yield_(level3(source));
                trace.add("level2 got " + value);
                return done(value + 1);
            } finally {
                trace.add("level2 finally");
            }
        }

        @Coroutine
        InProgress<Integer> level1(InProgress<Integer> source) {
            try {
                int value = yield_(level2(source));
                trace.add("level1 got " + value);
                return done(value + 1);
            } finally {
                trace.add("level1 finally");
            }
        }

        @Coroutine
        InProgress<String> readOrDefault(InProgress<String> read) {
            try {
                return done(yield_(read, IOException.class));
            } catch (FileNotFoundException e) {
                trace.add("not found: " + e.getMessage());
                return done("default");
            } catch (IOException e) {
                trace.add("io: " + e.getMessage());
                throw new IllegalStateException("wrapped", e);
            }
        }

        @Coroutine
        InProgress<String> noSuspension(String value) {
            trace.add("ran " + value);
            return done(value.toUpperCase(java.util.Locale.ROOT));
        }

        @Coroutine
        InProgress<String> sideEffectFirst(InProgress<String> ip) {
            trace.add("first step");
            String value = yield_(ip);
            trace.add("second step " + value);
            return done(value);
        }
    }

    private static Failing failing() {
        return new FailurePropagationTest_Failing_Coroutines();
    }

    @Test
    void uncheckedExceptionFromTheFirstStepFailsTheReturnedInProgress() {
        Failing f = failing();
        f.unchecked = new IllegalArgumentException("bad");
        InProgress<String> ip = f.throwsUnchecked(false);
        assertTrue(ip.isFailed(), "the call does not throw, the InProgress fails");
        assertSame(f.unchecked, ip.exception());
        assertSame(f.unchecked, assertThrows(IllegalArgumentException.class, ip::result));
    }

    @Test
    void uncheckedExceptionAfterASuspensionFailsTheReturnedInProgress() {
        Failing f = failing();
        f.unchecked = new UnsupportedOperationException("later");
        InProgress<String> ip = f.throwsUnchecked(true);
        assertFalse(ip.isFinished());
        turn();
        assertTrue(ip.isFailed());
        assertSame(f.unchecked, ip.exception());
    }

    @Test
    void checkedExceptionFailsTheReturnedInProgressUnwrapped() throws IOException {
        Failing f = failing();
        f.checked = new IOException("disk");
        InProgress<String> now = f.throwsChecked(false);
        assertSame(f.checked, now.exception());
        CompletionException wrapped = assertThrows(CompletionException.class, now::result);
        assertSame(f.checked, wrapped.getCause());

        InProgress<String> later = f.throwsChecked(true);
        turn();
        assertSame(f.checked, later.exception());

        f.checked = null;
        assertEquals("no failure", f.throwsChecked(true).await(Duration.ofSeconds(1)));
    }

    @Test
    void failureOfAnAwaitedInProgressReachesTheTopThroughThreeLevels() {
        Failing f = failing();
        InProgress<Integer> source = new InProgress<>();
        InProgress<Integer> top = f.level1(source);
        List<String> order = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        top.connectBoth(value -> order.add("result"), error -> {
            order.add("failure callback after " + f.trace);
            failures.add(error);
        });
        assertEquals(List.of("level3 start"), f.trace);

        IllegalStateException boom = new IllegalStateException("boom");
        source.fail(boom);
        turn();

        assertTrue(top.isFailed());
        assertSame(boom, top.exception());
        assertEquals(List.of(boom), failures);
        assertEquals(List.of("level3 start", "level2 finally", "level1 finally"), f.trace);
        assertEquals(List.of("failure callback after [level3 start, level2 finally, level1 finally]"), order,
                "finally blocks run before the result callbacks");
    }

    @Test
    void successThroughThreeLevelsRunsFinallyBlocksBeforeTheCallbacks() {
        Failing f = failing();
        InProgress<Integer> source = new InProgress<>();
        InProgress<Integer> top = f.level1(source);
        List<String> order = new ArrayList<>();
        top.connect(value -> order.add("callback " + value + " after " + f.trace.size() + " trace entries"));

        source.finish(10);
        turn();

        assertEquals(13, top.result());
        assertEquals(List.of("level3 start", "level3 got 10", "level2 got 11", "level2 finally", "level1 got 12",
                "level1 finally"), f.trace);
        assertEquals(List.of("callback 13 after 6 trace entries"), order);
    }

    @Test
    void yieldWithCheckedTypeLetsTheBodyCatchIOException() {
        Failing f = failing();
        InProgress<String> missing = new InProgress<>();
        InProgress<String> ip = f.readOrDefault(missing);
        missing.fail(new FileNotFoundException("a.txt"));
        assertEquals("default", ip.await(Duration.ofSeconds(1)));

        IOException broken = new IOException("broken pipe");
        InProgress<String> failed = f.readOrDefault(InProgress.failed(broken));
        assertTrue(failed.isFailed(), "an already failed InProgress resumes at once");
        assertSame(broken, failed.exception().getCause(), "the caught exception is the same object");
        assertEquals(List.of("not found: a.txt", "io: broken pipe"), f.trace);

        assertEquals("fine", f.readOrDefault(InProgress.finished("fine")).await(Duration.ofSeconds(1)));
    }

    @Test
    void bodyThatCompletesWithoutSuspendingReturnsAFinishedInProgress() {
        Failing f = failing();
        InProgress<String> ip = f.noSuspension("abc");
        assertTrue(ip.isFinished());
        assertFalse(ip.isFailed());
        assertEquals("ABC", ip.result());
        assertEquals(List.of("ran abc"), f.trace);
    }

    @Test
    void theFirstStepRunsSynchronouslyInTheCall() {
        Failing f = failing();
        InProgress<String> source = new InProgress<>();
        InProgress<String> ip = f.sideEffectFirst(source);
        assertEquals(List.of("first step"), f.trace, "visible right after the call, before any loop turn");
        assertFalse(ip.isFinished());

        source.finish("v");
        assertEquals(List.of("first step", "second step v"), f.trace,
                "with interval 0 the resumption happens inside finish()");
        assertEquals("v", ip.result());
    }
}
