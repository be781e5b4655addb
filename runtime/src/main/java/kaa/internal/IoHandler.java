package kaa.internal;

import java.nio.channels.SelectionKey;

/**
 * Receives the readiness events of a channel registered with {@code Notifier.register}. The runtime's
 * sockets implement it; applications do not.
 */
@FunctionalInterface
public interface IoHandler {

    /**
     * Called on the loop thread when the selector reports {@code key} ready. An exception thrown here is
     * reported through {@code Notifier.reportException} and the loop goes on.
     *
     * @param key the channel's key; {@link SelectionKey#readyOps()} says what it is ready for
     */
    void handleReady(SelectionKey key);
}
