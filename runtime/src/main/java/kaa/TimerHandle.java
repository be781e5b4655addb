package kaa;

/**
 * A task scheduled with {@link Notifier#schedule(long, Runnable)}, which can be cancelled until it runs.
 */
public interface TimerHandle {

    /**
     * Cancels the task if it has not run yet. Safe from any thread; on the loop thread the task leaves the
     * timer queue at once (in O(log n)), from other threads shortly after.
     *
     * @return {@code true} if this call cancelled the task, {@code false} if it had already run or been
     *     cancelled
     */
    boolean cancel();

    /**
     * Tells whether the task is still waiting to run.
     *
     * @return {@code true} until the task starts running or is cancelled
     */
    boolean isPending();

    /**
     * Returns when the task is due.
     *
     * @return the deadline on the notifier's {@link Ticker}
     */
    long deadlineNanos();
}
