package kaa;

import java.time.Duration;

import kaa.internal.NamedInProgress;

/**
 * The coroutine DSL, imported statically ({@code import static kaa.Async.*;}) into classes with
 * {@link Coroutine @Coroutine} methods.
 *
 * <p>{@code yield_} only has meaning inside a {@code @Coroutine} body, which the {@code kaa-processor} annotation
 * processor rewrites; executed as it is written (the processor did not run) it throws an
 * {@link IllegalStateException} saying how to enable the processor. {@link #done} and {@link #delay} are ordinary
 * methods.
 */
public final class Async {
    private Async() {}

    /**
     * Gives the notifier a time slice: the coroutine continues on the next loop iteration, or after its
     * {@linkplain Coroutine#interval() interval}.
     *
     * @throws IllegalStateException always, when executed: the processor replaces the call
     */
    public static void yield_() {
        throw notProcessed();
    }

    /**
     * Suspends the coroutine until {@code inProgress} finishes and evaluates to its value; if it failed, its failure
     * is thrown here (the same object, never wrapped). An {@code InProgress} that has finished already continues at
     * once, without a loop turn.
     *
     * @param inProgress what to wait for
     * @param <T> its value type
     * @return its value
     * @throws IllegalStateException always, when executed: the processor replaces the call
     */
    public static <T> T yield_(InProgress<T> inProgress) {
        throw notProcessed();
    }

    /**
     * {@link #yield_(InProgress)} that declares the checked exception the awaited operation may fail with, so the
     * body can catch it: {@code try { data = yield_(socket.read(), IOException.class); } catch (IOException e) {...}}.
     * The class only informs the compiler; a failure of any other type is thrown all the same.
     *
     * @param inProgress what to wait for
     * @param mayThrow the checked exception it may fail with
     * @param <T> its value type
     * @param <X> the checked exception type
     * @return its value
     * @throws X its failure, when it is one
     */
    public static <T, X extends Throwable> T yield_(InProgress<T> inProgress, Class<X> mayThrow) throws X {
        throw notProcessed();
    }

    /**
     * In a coroutine, {@code return done(value);} finishes it with {@code value}. The result type adapts to the
     * method's declared return type, {@code InProgress<T>} or {@code CoroutineInProgress<T>}; called in ordinary code
     * it is a finished {@code InProgress} (asking for a {@code CoroutineInProgress} there is a
     * {@link ClassCastException}).
     *
     * @param value the result
     * @param <T> the result type
     * @param <R> the {@code InProgress} type the method declares
     * @return a finished {@code InProgress} (in a coroutine, the processor rewrites the {@code return})
     */
    @SuppressWarnings("unchecked")
    public static <T, R extends InProgress<T>> R done(T value) {
        return (R) InProgress.finished(value);
    }

    /**
     * {@link #done(Object)} with {@code null}: in a coroutine, {@code return done();} finishes it.
     *
     * @param <T> the result type
     * @param <R> the {@code InProgress} type the method declares
     * @return a finished {@code InProgress}
     */
    @SuppressWarnings("unchecked")
    public static <T, R extends InProgress<T>> R done() {
        return (R) InProgress.finished(null);
    }

    /**
     * In a coroutine with {@link Policy#PASS_LAST}: the most recent invocation that has not finished, or
     * {@code null}.
     *
     * @param <T> the result type of the coroutine
     * @return the previous unfinished invocation, or {@code null}
     * @throws IllegalStateException always, when executed: the processor replaces the call
     */
    public static <T> CoroutineInProgress<T> last() {
        throw notProcessed();
    }

    /**
     * An {@code InProgress} that finishes with {@code null} after {@code duration}; aborting it stops the timer.
     *
     * @param duration how long to wait, on the notifier's clock
     * @return the unfinished {@code InProgress}
     */
    public static InProgress<Void> delay(Duration duration) {
        InProgress<Void> delayed = new NamedInProgress<>("delay", duration);
        OneShotTimer timer = new OneShotTimer(() -> delayed.tryFinish(null));
        delayed.abortSignal().connect(reason -> timer.stop());
        timer.start(duration);
        return delayed;
    }

    /**
     * The failure of {@code yield_()} or {@code last()} run as written. When the method that called it belongs to a
     * class the processor rewrote (its {@code X_Coroutines} exists), the processor ran: the coroutine was reached
     * around the generated class, most often through a subclass compiled before the coroutine existed (usertest
     * round 8), and the message says so instead of asking for the processor.
     */
    private static IllegalStateException notProcessed() {
        StackWalker.StackFrame caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(frame -> frame.getDeclaringClass() != Async.class).findFirst())
                .orElse(null);
        String generated = caller == null ? null : generatedClassOf(caller.getDeclaringClass());
        if (generated != null) {
            String method = caller.getDeclaringClass().getSimpleName() + "." + caller.getMethodName() + "()";
            return new IllegalStateException(method + " ran its body as written, not its state machine, although"
                    + " kaa-processor rewrote its class (" + generated + " exists). A static coroutine must be called"
                    + " through " + generated + "; an instance coroutine runs as a machine only on an instance of "
                    + generated + " or of a class whose own generated class was compiled after the coroutine was"
                    + " added: recompile the classes that extend " + caller.getDeclaringClass().getSimpleName()
                    + " (a clean build of the modules that depend on it).");
        }
        return new IllegalStateException("yield_() and last() only work inside a @Coroutine method rewritten by the"
                + " kaa-processor annotation processor, and this code was compiled without it. Add"
                + " io.github.kaajava:kaa-processor to the compiler's annotationProcessorPaths (Maven) or the"
                + " annotationProcessor configuration (Gradle), and make sure you call the generated *_Coroutines"
                + " class.");
    }

    /** The simple name of the {@code X_Coroutines} class generated for {@code type}, if it exists; else null. */
    private static String generatedClassOf(Class<?> type) {
        String binary = type.getName();
        int dot = binary.lastIndexOf('.');
        String flat = binary.substring(dot + 1).replace('$', '_') + "_Coroutines";
        try {
            Class.forName(binary.substring(0, dot + 1) + flat, false, type.getClassLoader());
            return flat;
        } catch (ClassNotFoundException | LinkageError notGenerated) {
            return null;
        }
    }
}
