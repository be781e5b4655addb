package kaa.internal;

import kaa.InProgress;

/**
 * Something that wants to know when an {@link InProgress} is done. Registered with
 * {@code InProgress.addListener}; called exactly once, with the finished source, on the notifier thread when a
 * notifier is driven (see {@link InProgress}).
 *
 * <p>A generated coroutine is its own listener, so awaiting an unfinished {@code InProgress} allocates nothing.
 */
public interface Listener {
    /**
     * Called once when {@code source} has finished or failed.
     *
     * @param source the finished {@code InProgress}
     */
    void onDone(InProgress<?> source);
}
