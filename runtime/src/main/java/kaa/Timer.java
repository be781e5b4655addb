package kaa;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Calls a callback on the loop thread every interval, until stopped, kaa's {@code Timer}.
 *
 * <pre>{@code
 * Timer blink = new Timer(led::toggle);
 * blink.start(Duration.ofMillis(500));
 * ...
 * blink.stop();
 *
 * Timer.whileTrue(() -> poll() != DONE).start(Duration.ofSeconds(1));   // stops when the callback returns false
 * }</pre>
 *
 * <p>Each tick is scheduled one interval after the previous tick's <em>deadline</em>, not after the moment the
 * callback ran, so a slow callback or a busy loop does not make the timer drift. When the loop fell behind
 * by more than one interval, the missed ticks are skipped rather than fired in a burst. A zero interval fires
 * once per loop iteration.
 *
 * <p>A timer that is started is kept alive by the notifier, so there is no need to hold a reference to it;
 * hold one to stop it. Starting, stopping and querying are safe from any thread and cost O(log n) in the
 * number of pending timers. A callback that throws is {@linkplain Notifier#reportException reported}
 * and stops the timer (as {@link java.util.concurrent.ScheduledExecutorService} does), so a broken callback
 * does not flood the log. Timers run on {@link Main#notifier()} as it is when they are started.
 */
public final class Timer {
    private final TimerCore core;

    /**
     * Creates a stopped timer that calls {@code callback} on every tick.
     *
     * @param callback what to run on each tick
     */
    public Timer(Runnable callback) {
        this.core = new TimerCore(TimerCore.always(callback), true);
    }

    private Timer(BooleanSupplier callback) {
        this.core = new TimerCore(callback, true);
    }

    /**
     * Creates a stopped timer whose callback decides whether to go on: returning {@code false} stops it, as
     * returning {@code False} does in kaa.
     *
     * @param callback what to run on each tick; returns whether the timer should keep running
     * @return the timer, not started yet
     */
    public static Timer whileTrue(BooleanSupplier callback) {
        return new Timer(Objects.requireNonNull(callback, "callback"));
    }

    /**
     * Creates a stopped timer that calls {@code callback} with {@code owner} without keeping the owner
     * alive: once the owner has been garbage-collected the timer stops at its next tick, kaa's
     * {@code WeakTimer}.
     *
     * <pre>{@code
     * Timer.weak(this, self -> self.refresh()).start(Duration.ofSeconds(1));   // not this::refresh: that holds this
     * }</pre>
     *
     * @param owner the object the callback works on; held through a weak reference
     * @param callback called with the owner on each tick; it must not capture the owner itself
     * @param <O> the owner type
     * @return the timer, not started yet
     */
    public static <O> Timer weak(O owner, Consumer<? super O> callback) {
        return new Timer(TimerCore.weak(owner, callback));
    }

    /**
     * Like {@link #weak(Object, Consumer)}, with a callback that returns {@code false} to stop the timer.
     *
     * @param owner the object the callback works on; held through a weak reference
     * @param callback called with the owner on each tick; returns whether to keep running
     * @param <O> the owner type
     * @return the timer, not started yet
     */
    public static <O> Timer weakWhileTrue(O owner, Predicate<? super O> callback) {
        return new Timer(TimerCore.weakWhileTrue(owner, callback));
    }

    /**
     * Starts the timer, or restarts it with the new interval if it is running; the first tick comes one
     * interval from now.
     *
     * @param interval the time between ticks; zero means every loop iteration
     * @return this timer
     * @throws IllegalArgumentException if {@code interval} is negative
     */
    public Timer start(Duration interval) {
        core.start(interval);
        return this;
    }

    /** Stops the timer; no tick comes after this returns (on the loop thread) or shortly after (elsewhere). */
    public void stop() {
        core.stop();
    }

    /**
     * Tells whether the timer is running.
     *
     * @return {@code true} from {@link #start} until it is stopped, its callback returns {@code false} or
     *     throws, or its weak owner is collected
     */
    public boolean isActive() {
        return core.isActive();
    }

    /**
     * Returns the interval of the last {@link #start}.
     *
     * @return the interval, or empty if the timer was never started
     */
    public Optional<Duration> interval() {
        return core.interval();
    }

    @Override
    public String toString() {
        return "Timer[" + core + "]";
    }
}
