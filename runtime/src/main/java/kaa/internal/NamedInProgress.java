package kaa.internal;

import kaa.InProgress;

/**
 * An {@code InProgress} made by the runtime for one kind of operation, whose {@code toString()} says which (as
 * {@code thread job Loader.load[pending]}), so that a coroutine's dump entry and {@code toString()} can say what it
 * awaits. The description is built only when printed.
 *
 * @param <T> the result type
 */
public final class NamedInProgress<T> extends InProgress<T> implements Described {
    private final String kind;
    private final Object detail;

    /**
     * An unfinished {@code InProgress} described as {@code kind + " " + detail}.
     *
     * @param kind what the operation is, such as {@code "thread job"}
     * @param detail which one, such as the method's name; printed with {@code String.valueOf}
     */
    public NamedInProgress(String kind, Object detail) {
        this.kind = kind;
        this.detail = detail;
    }

    /**
     * What this {@code InProgress} stands for.
     *
     * @return the description, without the state
     */
    @Override
    public String description() {
        return kind + " " + detail;
    }
}
