package kaa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Marks a method whose body is a coroutine: written as ordinary Java against {@link Async}'s {@code yield_()} DSL and
 * rewritten by the {@code kaa-processor} annotation processor into a resumable state machine. The method returns
 * {@code InProgress<T>} (or {@code CoroutineInProgress<T>}) and ends with {@code return done(value)}.
 *
 * <p>An instance coroutine must be declared in an abstract class; the processor generates the subclass
 * {@code Outer_Inner_Coroutines} that implements it, which is the class to instantiate. A static coroutine becomes a
 * static method of that generated class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Coroutine {
    /**
     * How long the coroutine waits after each {@code yield_()} before it continues; 0 means the next loop iteration.
     *
     * @return the interval, in {@link #unit()}s
     */
    long interval() default 0;

    /**
     * The unit of {@link #interval()}.
     *
     * @return the unit; milliseconds by default
     */
    TimeUnit unit() default TimeUnit.MILLISECONDS;

    /**
     * What happens when the coroutine is called while an earlier invocation is unfinished.
     *
     * @return the policy; {@link Policy#NONE} by default
     */
    Policy policy() default Policy.NONE;
}
