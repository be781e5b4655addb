package kaa;

/**
 * The failure of an {@link InProgress} that was aborted. {@link InProgress#abort()} fails the
 * {@code InProgress} with this exception; a coroutine that is aborted receives it at its current {@code yield_}.
 *
 * <p>It is unchecked so that it travels through coroutine bodies without being declared. A body may catch it to
 * clean up, but an aborted coroutine always ends failed.
 */
public class InProgressAbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Set once this object was handed to {@link InProgress#abort(InProgressAbortedException)}: whatever fails with it
     * from then on (the aborted operation, what it awaited, a body it was thrown into) failed because somebody
     * aborted it, which is never reported as unobserved, even for a timeout.
     */
    transient volatile boolean delivered;

    /**
     * An abort with the given message.
     *
     * @param message what was aborted, and why
     */
    public InProgressAbortedException(String message) {
        super(message);
    }

    /**
     * An abort with the given message and cause.
     *
     * @param message what was aborted, and why
     * @param cause what caused the abort
     */
    public InProgressAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
