package kaa.internal;

import java.lang.invoke.MethodHandles;
import java.util.Objects;

import kaa.InProgress;
import kaa.ThreadPool;
import kaa.Threaded;

/**
 * The entry point of the methods generated for {@code @Threaded}: for a user method
 * {@code @Threaded(pool = "io", priority = 2) InProgress<String> load(Path p)} the processor writes
 *
 * <pre>{@code
 * @Override
 * InProgress<String> load(Path p) {
 *     return ThreadedCall.run("io", 2, "Loader.load", () -> super.load(p));
 * }
 * }</pre>
 *
 * <p>The jobs, queues and threads are {@link ThreadPool}'s: a call here is a job like
 * {@link ThreadPool#submit(int, java.util.concurrent.Callable)}, with the same abort rules and the same
 * {@link ThreadPool#currentJob()}.
 */
public final class ThreadedCall {
    private static volatile Dispatcher dispatcher;

    private ThreadedCall() {
    }

    /**
     * The user's method body, called on the thread it is meant for. It returns what the user wrote: normally
     * {@code done(value)}, an {@code InProgress} finished already.
     *
     * @param <T> the type of the method's result
     */
    @FunctionalInterface
    public interface Body<T> {
        /**
         * Runs the body.
         *
         * @return the body's {@code InProgress}
         * @throws Throwable whatever the body throws; it fails the call's {@code InProgress}
         */
        InProgress<T> call() throws Throwable;
    }

    /**
     * Runs {@code body} where {@code pool} says and returns an {@code InProgress} of its outcome.
     * <ul>
     *   <li>{@code ""}: on a new daemon thread named {@code name}; {@code priority} is ignored;</li>
     *   <li>{@link Threaded#MAIN}: on the notifier thread: synchronously when called there, or when no thread
     *       drives the notifier (the calling thread then counts as the notifier's, as for
     *       {@link InProgress#await()}); otherwise posted to the notifier. The notifier thread is never
     *       interrupted: an abort of a running body only emits {@link InProgress#abortSignal()};</li>
     *   <li>any other name: queued with {@code priority} in the {@link ThreadPool#named registered pool} of that
     *       name.</li>
     * </ul>
     * The returned {@code InProgress} finishes as the body's does (when the body returns an unfinished one, as soon
     * as it finishes, and aborting the result then aborts it too unless something else waits for it), or fails with
     * exactly what the body threw. A body that returns {@code null} fails it with a {@link NullPointerException}.
     * Its callbacks run on the notifier thread when a thread drives the notifier.
     *
     * @param pool {@code ""}, {@link Threaded#MAIN} or a registered pool's name
     * @param priority the order in the pool's queue: higher first
     * @param name the method, as {@code Outer.Inner.method}: the name of a new thread, and used in messages
     * @param body the user's body
     * @param <T> the type of the method's result
     * @return the {@code InProgress} of the call
     * @throws IllegalArgumentException if {@code pool} names no registered pool
     */
    public static <T> InProgress<T> run(String pool, int priority, String name, Body<T> body) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        return dispatcher().dispatch(pool, priority, name, body);
    }

    /**
     * How {@link #run} reaches {@link ThreadPool}, which keeps its jobs and queues to itself: it installs one of
     * these when it is initialised. Runtime plumbing, not for generated code.
     */
    @FunctionalInterface
    public interface Dispatcher {
        /**
         * Runs {@code body} as {@link ThreadedCall#run} describes.
         *
         * @param pool {@code ""}, {@link Threaded#MAIN} or a registered pool's name
         * @param priority the order in the pool's queue
         * @param name the method's name
         * @param body the user's body
         * @param <T> the type of the method's result
         * @return the {@code InProgress} of the call
         */
        <T> InProgress<T> dispatch(String pool, int priority, String name, Body<T> body);
    }

    /**
     * Installs the dispatcher behind {@link #run}. Only {@link ThreadPool} may call it, once, from its initialiser.
     *
     * @param installed {@code ThreadPool}'s dispatcher
     * @throws IllegalStateException if called from anywhere else, or a second time
     */
    public static void install(Dispatcher installed) {
        Objects.requireNonNull(installed, "installed");
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        synchronized (ThreadedCall.class) {
            if (caller != ThreadPool.class || dispatcher != null) {
                throw new IllegalStateException("only kaa.ThreadPool installs the dispatcher of @Threaded calls,"
                        + " once; " + caller.getName() + " tried to");
            }
            dispatcher = installed;
        }
    }

    private static Dispatcher dispatcher() {
        Dispatcher installed = dispatcher;
        if (installed == null) {
            // Initialising ThreadPool installs it. Done here, not in a static initialiser of this class: two threads
            // initialising the two classes in opposite orders would deadlock.
            try {
                MethodHandles.lookup().ensureInitialized(ThreadPool.class);
            } catch (IllegalAccessException e) {
                throw new AssertionError("kaa.ThreadPool is public", e);
            }
            installed = dispatcher;
        }
        return installed;
    }
}
