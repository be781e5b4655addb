package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class TimerTest {
    private static final long MS = 1_000_000;
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final ManualTicker clock = new ManualTicker();
    private final Notifier notifier = new Notifier(clock);
    private final List<Long> ticks = new ArrayList<>();

    @BeforeEach
    void useVirtualTime() {
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    @Test
    void ticksEveryIntervalUntilStopped() {
        Timer timer = new Timer(() -> ticks.add(clock.nanoTime())).start(Duration.ofMillis(10));
        assertTrue(timer.isActive());

        notifier.loopUntil(() -> ticks.size() == 3);
        timer.stop();
        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(10 * MS, 20 * MS, 30 * MS), ticks);
        assertFalse(timer.isActive());
    }

    @Test
    void anIntervalTooLongForNanosecondsMeansNever() {
        // Duration.ofMillis(Long.MAX_VALUE), a common "no timeout", overflowed toNanos() (usertest round 7, 05)
        Duration forever = Duration.ofMillis(Long.MAX_VALUE);
        Timer timer = new Timer(() -> ticks.add(clock.nanoTime())).start(forever);
        InProgress<Void> delayed = Async.delay(forever);
        InProgress<String> pending = new InProgress<String>().timeout(forever);
        runFor(Duration.ofDays(365 * 30));
        assertTrue(timer.isActive());
        assertEquals(List.of(), ticks);
        assertFalse(delayed.isFinished());
        assertFalse(pending.isFinished());
        timer.stop();
        delayed.abort();
        pending.abort();
    }

    @Test
    void aSlowCallbackDoesNotMakeTheTimerDrift() {
        Timer timer = new Timer(() -> {
            ticks.add(clock.nanoTime());
            clock.advance(Duration.ofMillis(3)); // the callback takes 3 ms
        }).start(Duration.ofMillis(10));

        notifier.loopUntil(() -> ticks.size() == 3);
        timer.stop();

        assertEquals(List.of(10 * MS, 20 * MS, 30 * MS), ticks);
    }

    @Test
    void ticksMissedWhileTheLoopWasBusyAreSkippedKeepingThePhase() {
        Timer timer = new Timer(() -> {
            ticks.add(clock.nanoTime());
            if (ticks.size() == 1) {
                clock.advance(Duration.ofMillis(25)); // busy past the ticks due at 20 and 30
            }
        }).start(Duration.ofMillis(10));

        notifier.loopUntil(() -> ticks.size() == 2);
        timer.stop();

        assertEquals(List.of(10 * MS, 40 * MS), ticks);
    }

    @Test
    void returningFalseStopsAWhileTrueTimer() {
        AtomicInteger calls = new AtomicInteger();
        Timer timer = Timer.whileTrue(() -> calls.incrementAndGet() < 3).start(Duration.ofMillis(5));

        notifier.loopUntil(() -> !timer.isActive());
        runFor(Duration.ofSeconds(1));

        assertEquals(3, calls.get());
        assertEquals(15 * MS, clock.nanoTime() - Duration.ofSeconds(1).toNanos());
    }

    @Test
    void stopInsideTheCallbackEndsTheTimer() {
        AtomicReference<Timer> self = new AtomicReference<>();
        self.set(new Timer(() -> {
            ticks.add(clock.nanoTime());
            self.get().stop();
        }));
        self.get().start(Duration.ofMillis(10));

        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(10 * MS), ticks);
        assertFalse(self.get().isActive());
    }

    @Test
    void restartingChangesTheIntervalAndStartsFromNow() {
        Timer timer = new Timer(() -> ticks.add(clock.nanoTime())).start(Duration.ofMillis(10));
        clock.advance(Duration.ofMillis(5));

        timer.start(Duration.ofMillis(100));
        notifier.loopUntil(() -> ticks.size() == 2);
        timer.stop();

        assertEquals(List.of(105 * MS, 205 * MS), ticks);
        assertEquals(Optional.of(Duration.ofMillis(100)), timer.interval());
    }

    @Test
    void aZeroIntervalTicksOncePerIteration() {
        Timer timer = new Timer(() -> ticks.add(clock.nanoTime())).start(Duration.ZERO);

        notifier.step();
        notifier.step();
        notifier.step();
        timer.stop();

        assertEquals(3, ticks.size());
    }

    @Test
    void aThrowingCallbackIsReportedAndStopsTheTimer() {
        List<Throwable> reported = new ArrayList<>();
        notifier.exceptionSignal().connect(reported::add);
        RuntimeException failure = new RuntimeException("tick failed");
        Timer timer = new Timer(() -> {
            ticks.add(clock.nanoTime());
            throw failure;
        }).start(Duration.ofMillis(10));

        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(10 * MS), ticks);
        assertEquals(List.of(failure), reported);
        assertFalse(timer.isActive());
    }

    @Test
    void aWeakTimerStopsOnceItsOwnerIsCollected() {
        AtomicInteger calls = new AtomicInteger();
        Object owner = new Object();
        Timer timer = Timer.weak(owner, o -> calls.incrementAndGet()).start(Duration.ofMillis(10));
        notifier.loopUntil(() -> calls.get() == 2);

        WeakReference<Object> reference = new WeakReference<>(owner);
        owner = null;
        assertTrue(Gc.collect(reference), "the timer must not keep its owner alive");
        runFor(Duration.ofSeconds(1));

        assertEquals(2, calls.get());
        assertFalse(timer.isActive());
    }

    @Test
    void aWeakWhileTrueTimerStopsWhenItsCallbackSaysSo() {
        List<String> seen = new ArrayList<>();
        String owner = "owner";
        Timer timer = Timer.weakWhileTrue(owner, o -> seen.add(o) && seen.size() < 2).start(Duration.ofMillis(1));

        runFor(Duration.ofSeconds(1));

        assertEquals(List.of("owner", "owner"), seen);
        assertFalse(timer.isActive());
    }

    @Test
    void startingFromAnotherThreadIsSafe() {
        AtomicReference<Timer> timer = new AtomicReference<>();
        AtomicReference<Thread> starter = new AtomicReference<>();
        notifier.enqueue(() -> {
            starter.set(new Thread(() -> timer.set(
                    new Timer(() -> ticks.add(clock.nanoTime())).start(Duration.ofMinutes(1)))));
            starter.get().start();
        });

        assertTimeoutPreemptively(LIMIT, () -> {
            notifier.loopUntil(() -> ticks.size() == 2);
            starter.get().join(); // the timer may tick twice before start() has returned on that thread
        });
        timer.get().stop();

        long first = ticks.get(0);
        assertEquals(Duration.ofMinutes(1).toNanos(), ticks.get(1) - first);
    }

    @Test
    void aNegativeIntervalIsRejectedAndANewTimerHasNone() {
        Timer timer = new Timer(() -> { });
        assertEquals(Optional.empty(), timer.interval());
        assertThrows(IllegalArgumentException.class, () -> timer.start(Duration.ofMillis(-1)));
        assertFalse(timer.isActive());
    }

    @Test
    void nextDeadlineSkipsWholeMissedIntervals() {
        assertEquals(20, TimerCore.nextDeadline(10, 10, 15));
        assertEquals(40, TimerCore.nextDeadline(10, 10, 35));
        assertEquals(40, TimerCore.nextDeadline(10, 10, 30)); // due exactly now counts as missed
        assertEquals(35, TimerCore.nextDeadline(10, 0, 35));
    }

    /** Runs the loop for a stretch of virtual time, firing whatever falls due in it. */
    private void runFor(Duration duration) {
        long deadline = clock.nanoTime() + duration.toNanos();
        notifier.loopUntil(() -> false, deadline);
    }
}
