package kaa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose plain Java body runs on another thread: the generated class runs it there and returns an
 * {@code InProgress} of its result, whose callbacks run on the notifier thread. Coroutines await it like any other
 * {@code InProgress}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Threaded {
    /** The {@link #pool()} that means the notifier's own thread (synchronously when called there). */
    String MAIN = "<main>";

    /**
     * Where the body runs: {@code ""} for a new thread per call, the name of a pool registered before the call
     * ({@code ThreadPool.builder(name).size(n).register()}; an unknown name is an {@link IllegalArgumentException}
     * from the call), or {@link #MAIN}.
     *
     * @return the pool's name, {@code ""} or {@link #MAIN}
     */
    String pool() default "";

    /**
     * Order within a pool's queue: higher runs first; first in, first out within one priority. Pools only.
     *
     * @return the priority; 0 by default
     */
    int priority() default 0;
}
