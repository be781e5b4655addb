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
