package kaa;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Calls a callback once on the loop thread after a delay, kaa's {@code OneShotTimer}.
 *
 * <pre>{@code
 * OneShotTimer giveUp = new OneShotTimer(() -> connection.close());
 * giveUp.start(Duration.ofSeconds(30));
 * ...
 * giveUp.stop();   // answered in time
 * }</pre>
 *
 * <p>The timer is inactive again from the moment it fires, so its callback may {@link #start} it anew.
 * Starting an active timer restarts it with the new delay. Starting, stopping and querying are safe from any
 * thread and cost O(log n) in the number of pending timers. A callback that throws is
 * {@linkplain Notifier#reportException reported}. Timers run on {@link Main#notifier()} as it is when they
 * are started, which keeps a started timer alive.
 */
public final class OneShotTimer {
    private final TimerCore core;

    /**
     * Creates a stopped timer.
     *
     * @param callback what to run when the timer fires
     */
    public OneShotTimer(Runnable callback) {
        this.core = new TimerCore(TimerCore.always(callback), false);
    }

    private OneShotTimer(BooleanSupplier callback) {
        this.core = new TimerCore(callback, false);
    }

    /**
     * Creates a stopped timer that calls {@code callback} with {@code owner} without keeping the owner
     * alive: if the owner has been garbage-collected when the timer fires, nothing is called, kaa's
     * {@code WeakOneShotTimer}.
     *
     * @param owner the object the callback works on; held through a weak reference
     * @param callback called with the owner when the timer fires; it must not capture the owner itself
     * @param <O> the owner type
     * @return the timer, not started yet
     */
    public static <O> OneShotTimer weak(O owner, Consumer<? super O> callback) {
        return new OneShotTimer(TimerCore.weak(owner, callback));
    }

    /**
     * Starts the timer, or restarts it if it is pending.
     *
     * @param delay how long from now the callback runs; zero means the next loop iteration
     * @return this timer
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public OneShotTimer start(Duration delay) {
        core.start(delay);
        return this;
    }

    /** Cancels the timer if it has not fired. */
    public void stop() {
        core.stop();
    }

    /**
     * Tells whether the timer is waiting to fire.
     *
     * @return {@code true} from {@link #start} until it fires or is stopped
     */
    public boolean isActive() {
        return core.isActive();
    }

    /**
     * Returns the delay of the last {@link #start}.
     *
     * @return the delay, or empty if the timer was never started
     */
    public Optional<Duration> interval() {
        return core.interval();
    }

    @Override
    public String toString() {
        return "OneShotTimer[" + core + "]";
    }
}
