package kaa;

/**
 * What a {@link Coroutine} does when it is called while an earlier invocation has not finished. The bookkeeping is
 * per instance for instance methods and per method for static ones.
 */
public enum Policy {
    /** Every call starts its own invocation at once. */
    NONE,
    /** Calls are queued: each body starts when the previous invocation has finished (failed or aborted included). */
    SYNCHRONIZED,
    /** While an invocation is unfinished, further calls return its {@code InProgress} and ignore their arguments. */
    SINGLETON,
    /** The body is always entered; {@link Async#last()} gives it the most recent unfinished invocation, if any. */
    PASS_LAST
}
