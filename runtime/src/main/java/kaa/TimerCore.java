package kaa;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The state shared by {@link Timer} and {@link OneShotTimer}: which arming is current, its deadline and
 * interval. Methods are synchronized so timers can be started and stopped from any thread; the callback
 * itself always runs on the loop thread, outside the lock.
 *
 * <p>Each arming gets a new generation number and its scheduled task remembers it; a task whose generation
 * is no longer current (the timer was stopped or restarted since) does nothing. So a stop racing with
 * the deadline from another thread never lets a stale arming call the callback or re-arm.
 */
final class TimerCore {
    private final BooleanSupplier callback;
    private final boolean repeating;

    private Notifier notifier;
    private long intervalNanos = -1;
    private long deadlineNanos;
    private long generation;
    private TimerHandle armed;
    private boolean active;

    TimerCore(BooleanSupplier callback, boolean repeating) {
        this.callback = Objects.requireNonNull(callback, "callback");
        this.repeating = repeating;
    }

    /** Adapts a weak callback: {@code false} (stop) once the owner is gone, without calling it. */
    static <O> BooleanSupplier weakWhileTrue(O owner, Predicate<? super O> callback) {
        Objects.requireNonNull(callback, "callback");
        WeakReference<O> ownerRef = new WeakReference<>(Objects.requireNonNull(owner, "owner"));
        return () -> {
            O target = ownerRef.get();
            return target != null && callback.test(target);
        };
    }

    static <O> BooleanSupplier weak(O owner, Consumer<? super O> callback) {
        Objects.requireNonNull(callback, "callback");
        return weakWhileTrue(owner, target -> {
            callback.accept(target);
            return true;
        });
    }

    static BooleanSupplier always(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        return () -> {
            callback.run();
            return true;
        };
    }

    synchronized void start(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("negative interval: " + interval);
        }
        long nanos = InProgress.cappedNanos(interval); // not an ArithmeticException for Duration.ofMillis(Long.MAX_VALUE)
        cancelArming();
        notifier = Main.notifier();
        intervalNanos = nanos;
        deadlineNanos = notifier.nanoTime() + nanos;
        active = true;
        arm();
    }

    synchronized void stop() {
        cancelArming();
        active = false;
    }

    synchronized boolean isActive() {
        return active;
    }

    synchronized Optional<Duration> interval() {
        return intervalNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(intervalNanos));
    }

    private void arm() {
        long armedGeneration = ++generation;
        armed = notifier.scheduleAt(deadlineNanos, () -> fire(armedGeneration));
    }

    private void cancelArming() {
        generation++;
        if (armed != null) {
            armed.cancel();
            armed = null;
        }
    }

    private void fire(long firedGeneration) {
        synchronized (this) {
            if (firedGeneration != generation) {
                return;
            }
            if (!repeating) {
                armed = null;
                active = false; // fired: the callback may start it again
            }
        }
        boolean again = false;
        try {
            again = callback.getAsBoolean();
        } finally {
            if (repeating) {
                rearmOrStop(firedGeneration, again);
            }
        }
    }

    /** After a repeating callback: re-arm unless it returned false, threw, or stopped/restarted the timer. */
    private synchronized void rearmOrStop(long firedGeneration, boolean again) {
        if (firedGeneration != generation) {
            return;
        }
        if (!again) {
            armed = null;
            active = false;
            return;
        }
        deadlineNanos = nextDeadline(deadlineNanos, intervalNanos, notifier.nanoTime());
        arm();
    }

    /**
     * The next deadline one interval after the previous <em>deadline</em>, not after the time the callback
     * ran, so lateness does not accumulate. If the loop fell behind by whole intervals, the missed ticks are
     * skipped (not fired in a burst) and the phase is kept.
     */
    static long nextDeadline(long previousDeadline, long intervalNanos, long now) {
        long next = previousDeadline + intervalNanos;
        if (next - now > 0) {
            return next;
        }
        if (intervalNanos == 0) {
            return now;
        }
        long missedIntervals = (now - previousDeadline) / intervalNanos;
        return previousDeadline + (missedIntervals + 1) * intervalNanos;
    }

    @Override
    public synchronized String toString() {
        return (active ? "active" : "inactive")
                + (intervalNanos < 0 ? "" : ", interval=" + Duration.ofNanos(intervalNanos));
    }
}
