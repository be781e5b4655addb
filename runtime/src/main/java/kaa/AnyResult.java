package kaa;

/**
 * The outcome of {@link InProgress#any}: which child finished first, and with what.
 *
 * @param index the position of the first child to finish
 * @param value its value, or {@code null} if it failed
 * @param failure its failure, or {@code null} if it finished with a value
 * @param <T> the children's value type
 */
public record AnyResult<T>(int index, T value, Throwable failure) {
    /**
     * Whether the first child to finish failed.
     *
     * @return {@code true} if {@link #failure()} is not {@code null}
     */
    public boolean isFailed() {
        return failure != null;
    }
}
