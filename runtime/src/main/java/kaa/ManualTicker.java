package kaa;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for tests: a clock that moves only when told to.
 *
 * <p>A {@link Notifier} built on a {@code ManualTicker} never sleeps while a timer is pending: where it
 * would wait for the next timer deadline, it moves this clock to that deadline at once and fires the timer.
 * A test of timers or delays therefore runs in microseconds and always fires the same timers in the same
 * order. Tests may also move the clock themselves with {@link #advance(Duration)}.
 *
 * <p>The clock starts at zero. It is safe to read and advance from any thread.
 */
public final class ManualTicker implements Ticker {
    private final AtomicLong now = new AtomicLong();

    /** Creates a clock reading zero. */
    public ManualTicker() {
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far; must not be negative
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("time cannot go backwards: " + amount);
        }
        now.addAndGet(amount.toNanos());
    }

    /**
     * Moves the clock forward to {@code nanoTime}, or leaves it alone if it already reads that time or
     * later (time never goes backwards).
     *
     * @param nanoTime the reading wanted
     */
    public void advanceTo(long nanoTime) {
        now.accumulateAndGet(nanoTime, (current, wanted) -> wanted - current > 0 ? wanted : current);
    }

    @Override
    public String toString() {
        return "ManualTicker[" + Duration.ofNanos(now.get()) + "]";
    }
}
