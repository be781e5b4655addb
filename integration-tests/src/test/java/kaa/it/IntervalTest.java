package kaa.it;

import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kaa.Coroutine;
import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @Coroutine(interval = …)} on virtual time. */
@ExtendWith(NotifierReports.class)
class IntervalTest {
    private static final long MS = 1_000_000L;

    private Notifier notifier;

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    abstract static class Slow {
        final List<Long> stamps = new ArrayList<>();

        void stamp() {
            stamps.add(Main.notifier().nanoTime());
        }

        @Coroutine(interval = 10)
        InProgress<Integer> countSlowly(int steps) {
            for (int i = 0; i < steps; i++) {
                stamp();
                yield_();
            }
            stamp();
            return done(42);
        }

        @Coroutine(interval = 2, unit = TimeUnit.SECONDS)
        InProgress<String> inSeconds() {
            stamp();
            yield_();
            stamp();
            yield_();
            stamp();
            return done("slow");
        }

        @Coroutine(interval = 10)
        InProgress<String> awaitThenContinue(InProgress<String> ip) {
            stamp();
            String value = yield_(ip);
            stamp();
            return done(value);
        }
    }

    private static List<Long> millis(List<Long> nanos) {
        List<Long> result = new ArrayList<>();
        for (long n : nanos) {
            result.add(n / MS);
        }
        return result;
    }

    @Test
    void eachYieldResumesTenVirtualMillisecondsLater() {
        Slow slow = new IntervalTest_Slow_Coroutines();
        CoroutineInProgress<Integer> ip = coroutine(slow.countSlowly(5));
        assertEquals(Duration.ofMillis(10), ip.interval());
        assertEquals(List.of(0L), millis(slow.stamps), "the first step runs in the call");

        assertEquals(42, ip.await(Duration.ofSeconds(10)));

        assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L), millis(slow.stamps));
    }

    @Test
    void nothingResumesBeforeTheIntervalHasPassed() {
        ManualTicker ticker = (ManualTicker) notifier.ticker();
        Slow slow = new IntervalTest_Slow_Coroutines();
        CoroutineInProgress<Integer> ip = coroutine(slow.countSlowly(1));
        ticker.advance(Duration.ofMillis(9));
        Main.post(() -> { });
        notifier.step();
        assertEquals(1, slow.stamps.size(), "9 ms after the yield_ it has not resumed");
        assertFalse(ip.isFinished());
        notifier.step();
        assertEquals(List.of(0L, 10L), millis(slow.stamps));
        assertEquals(42, ip.result());
    }

    @Test
    void setIntervalChangesTheSpacingAtRunTime() {
        Slow slow = new IntervalTest_Slow_Coroutines();
        CoroutineInProgress<Integer> ip = coroutine(slow.countSlowly(6));
        notifier.loopUntil(() -> slow.stamps.size() == 3); // stamps at 0, 10, 20; the next slice is due at 30
        assertEquals(List.of(0L, 10L, 20L), millis(slow.stamps));

        ip.setInterval(Duration.ofMillis(50));
        assertEquals(Duration.ofMillis(50), ip.interval());

        assertEquals(42, ip.await(Duration.ofSeconds(10)));
        // The pending slice is restarted with the new interval (from when setInterval was called: 20 ms).
        assertEquals(List.of(0L, 10L, 20L, 70L, 120L, 170L, 220L), millis(slow.stamps));
    }

    @Test
    void setIntervalToZeroResumesOnTheNextIterations() {
        Slow slow = new IntervalTest_Slow_Coroutines();
        CoroutineInProgress<Integer> ip = coroutine(slow.countSlowly(4));
        notifier.loopUntil(() -> slow.stamps.size() == 2);
        ip.setInterval(Duration.ZERO);
        assertEquals(42, ip.await(Duration.ofSeconds(10)));
        assertEquals(List.of(0L, 10L, 10L, 10L, 10L), millis(slow.stamps));
    }

    @Test
    void unitSecondsIsHonoured() {
        Slow slow = new IntervalTest_Slow_Coroutines();
        CoroutineInProgress<String> ip = coroutine(slow.inSeconds());
        assertEquals(Duration.ofSeconds(2), ip.interval());

        assertEquals("slow", ip.await(Duration.ofMinutes(1)));

        assertEquals(List.of(0L, 2_000L, 4_000L), millis(slow.stamps));
    }

    @Test
    void resumptionAfterAnAwaitWaitsForTheIntervalToo() {
        Slow slow = new IntervalTest_Slow_Coroutines();
        InProgress<String> later = new InProgress<>();
        notifier.schedule(3 * MS, () -> later.finish("x"));
        CoroutineInProgress<String> ip = coroutine(slow.awaitThenContinue(later));

        assertEquals("x", ip.await(Duration.ofSeconds(10)));

        assertEquals(List.of(0L, 13L), millis(slow.stamps));
    }

    /** The object a coroutine call returns is its {@code CoroutineInProgress}; {@code done(v)} types the method as {@code InProgress}. */
    private static <T> CoroutineInProgress<T> coroutine(InProgress<T> call) {
        return (CoroutineInProgress<T>) call;
    }
}
