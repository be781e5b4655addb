package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
class OneShotTimerTest {
    private static final long MS = 1_000_000;

    private final ManualTicker clock = new ManualTicker();
    private final Notifier notifier = new Notifier(clock);
    private final List<Long> fired = new ArrayList<>();

    @BeforeEach
    void useVirtualTime() {
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        notifier.close();
    }

    @Test
    void firesOnceAfterTheDelay() {
        OneShotTimer timer = new OneShotTimer(() -> fired.add(clock.nanoTime())).start(Duration.ofMillis(50));
        assertTrue(timer.isActive());

        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(50 * MS), fired);
        assertFalse(timer.isActive());
        assertEquals(Optional.of(Duration.ofMillis(50)), timer.interval());
    }

    @Test
    void stoppingBeforeTheDeadlineCancelsIt() {
        OneShotTimer timer = new OneShotTimer(() -> fired.add(clock.nanoTime())).start(Duration.ofMillis(50));

        timer.stop();
        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(), fired);
        assertFalse(timer.isActive());
    }

    @Test
    void restartingPostponesIt() {
        OneShotTimer timer = new OneShotTimer(() -> fired.add(clock.nanoTime())).start(Duration.ofMillis(50));
        clock.advance(Duration.ofMillis(40));

        timer.start(Duration.ofMillis(50));
        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(90 * MS), fired);
    }

    @Test
    void theCallbackMayStartItAgain() {
        AtomicReference<OneShotTimer> self = new AtomicReference<>();
        self.set(new OneShotTimer(() -> {
            assertFalse(self.get().isActive(), "inactive once fired");
            fired.add(clock.nanoTime());
            if (fired.size() < 3) {
                self.get().start(Duration.ofMillis(10));
            }
        }));
        self.get().start(Duration.ofMillis(10));

        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(10 * MS, 20 * MS, 30 * MS), fired);
    }

    @Test
    void aWeakTimerDoesNotCallBackWhenItsOwnerIsGone() {
        AtomicInteger calls = new AtomicInteger();
        Object owner = new Object();
        OneShotTimer timer = OneShotTimer.weak(owner, o -> calls.incrementAndGet()).start(Duration.ofMillis(10));

        WeakReference<Object> reference = new WeakReference<>(owner);
        owner = null;
        assertTrue(Gc.collect(reference), "the timer must not keep its owner alive");
        runFor(Duration.ofSeconds(1));

        assertEquals(0, calls.get());
        assertFalse(timer.isActive());
    }

    @Test
    void aWeakTimerCallsBackWithItsLiveOwner() {
        List<Object> seen = new ArrayList<>();
        Object owner = new Object();
        OneShotTimer.weak(owner, seen::add).start(Duration.ofMillis(10));

        runFor(Duration.ofSeconds(1));

        assertEquals(List.of(owner), seen);
    }

    private void runFor(Duration duration) {
        notifier.loopUntil(() -> false, clock.nanoTime() + duration.toNanos());
    }
}
