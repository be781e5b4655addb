package kaa.internal;

/**
 * An {@code InProgress} of the runtime that can say what operation it stands for, so that a coroutine's
 * {@code toString()} and dump entry name what the coroutine awaits ({@code Socket.readLine}, {@code thread job
 * Loader.load}) instead of a class name.
 */
public interface Described {
    /**
     * What this stands for, without its state.
     *
     * @return the description
     */
    String description();
}
