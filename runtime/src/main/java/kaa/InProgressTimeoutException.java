package kaa;

/**
 * The failure of an {@code InProgress} returned by {@link InProgress#timeout}, or thrown by
 * {@link InProgress#await(java.time.Duration)}, when time ran out first. It is an abort, so it is unchecked and
 * delivered to coroutines like any other {@link InProgressAbortedException}.
 */
public class InProgressTimeoutException extends InProgressAbortedException {
    private static final long serialVersionUID = 1L;

    /**
     * A timeout with the given message.
     *
     * @param message what timed out, after how long
     */
    public InProgressTimeoutException(String message) {
        super(message);
    }
}
