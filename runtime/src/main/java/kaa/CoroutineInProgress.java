package kaa;

import java.time.Duration;

/**
 * The {@link InProgress} of one invocation of a {@code @Coroutine} method. Besides finishing with the coroutine's
 * result, it controls the running body: {@link #abort()} throws an {@link InProgressAbortedException} into the body
 * at its current {@code yield_}, and the {@linkplain #interval() interval} between time slices can be changed while
 * it runs.
 *
 * <p>Instances are created only by the classes that {@code kaa-processor} generates.
 *
 * @param <T> the type of the coroutine's result
 */
public abstract class CoroutineInProgress<T> extends InProgress<T> {
    /** For generated code only. */
    protected CoroutineInProgress() {}

    /**
     * How long the coroutine waits after each {@code yield_()} (and after an awaited {@code InProgress} finished)
     * before it continues; {@link Duration#ZERO} means the next notifier iteration (or, after an await, at once).
     *
     * @return the interval
     */
    public abstract Duration interval();

    /**
     * Changes the {@linkplain #interval() interval}. If the coroutine is waiting for a time slice on a timer, the
     * timer is restarted with the new interval.
     *
     * @param interval zero or more
     * @throws IllegalArgumentException if {@code interval} is negative
     */
    public abstract void setInterval(Duration interval);

    /**
     * Aborts the coroutine: an {@link InProgressAbortedException} is thrown into the body at its current
     * {@code yield_}, where {@code catch} and {@code finally} blocks run as for any exception; the {@code InProgress}
     * it awaits is aborted too when nothing else waits for it. The coroutine ends failed, whatever the body does. A
     * body that catches the abort and suspends again is an error, reported on the notifier.
     *
     * <p>Called from a thread other than the notifier's while the notifier is driven, the abort is posted to the
     * notifier thread. When what the coroutine awaits has finished already and its resumption is on its way (posted
     * by a finish on another thread), that resumption throws the abort into the body: its {@code catch} and
     * {@code finally} then run there, after this returns.
     *
     * @param reason the exception thrown into the body
     * @return whether it was unfinished when called
     */
    @Override
    public boolean abort(InProgressAbortedException reason) {
        return super.abort(reason);
    }
}
