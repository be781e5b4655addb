package kaa;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The process-wide main loop, kaa's {@code kaa.main}: static shortcuts to {@link #notifier()}.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     new Timer(() -> System.out.println("tick")).start(Duration.ofSeconds(1));
 *     Main.run();     // until Main.stop()
 * }
 * }</pre>
 *
 * <p>Everything in the runtime (timers, coroutines, {@code InProgress} callbacks, signals) uses
 * {@link #notifier()}, so replacing it with {@link #setNotifier} (say, one on a {@link ManualTicker} in a
 * test) moves all of them to the replacement.
 */
public final class Main {
    private static final Object LOCK = new Object();
    private static volatile Notifier notifier;
    /** How long {@link #setNotifier} waits for an ending {@code await()} to leave the loop. */
    private static final long LEAVING_AWAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private Main() {
    }

    /**
     * Returns the process-wide notifier, creating it on the real clock on first use.
     *
     * @return the current notifier
     */
    public static Notifier notifier() {
        Notifier current = notifier;
        if (current == null) {
            synchronized (LOCK) {
                current = notifier;
                if (current == null) {
                    current = new Notifier();
                    notifier = current;
                }
            }
        }
        return current;
    }

    /** The process-wide notifier if one was created or set, else null (never creates one). */
    static Notifier existingNotifier() {
        return notifier;
    }

    /**
     * Replaces the process-wide notifier, for tests and for embedders that configure their own. The old
     * one stays usable: it belongs to the caller. Its selector, if it only served to sleep (no channel registered),
     * is closed, so a notifier per test holds no file descriptor once replaced (it opens another if it sleeps
     * again); {@link Notifier#close()} releases the selector in any case, and so does garbage collection.
     *
     * <p>An {@code await()} of another thread that drives the current notifier and is ending (one that a test's
     * preemptive timeout interrupted: JUnit starts the next test without waiting for it) is given up to a second to
     * leave; one that goes on awaiting keeps the notifier, and the replacement is refused.
     *
     * @param replacement the notifier to use from now on
     * @throws IllegalStateException if the current notifier is being driven by some thread
     */
    public static void setNotifier(Notifier replacement) {
        Objects.requireNonNull(replacement, "replacement");
        synchronized (LOCK) {
            Notifier current = notifier;
            if (current != null && current != replacement && current.isDriven()
                    && !current.waitForLeavingAwait(LEAVING_AWAIT_NANOS)) {
                throw new IllegalStateException("cannot replace the notifier while a thread drives it: " + current);
            }
            notifier = replacement;
            if (current != null && current != replacement) {
                current.releaseIdleSelector();
            }
        }
    }

    /**
     * Runs the main loop on the current thread until {@link #stop()}; see {@link Notifier#run()}.
     *
     * @throws IllegalStateException if it is already running, or another thread drives it in {@code step()} or
     *     {@code loopUntil()} (an {@code await()} that drives it hands it over instead)
     */
    public static void run() {
        notifier().run();
    }

    /** Makes a running main loop return from {@link #run()}; safe from any thread. See {@link Notifier#stop()}. */
    public static void stop() {
        notifier().stop();
    }

    /**
     * Runs one iteration of the main loop on the current thread; see {@link Notifier#step()}.
     *
     * @throws IllegalStateException if another thread drives the loop
     */
    public static void step() {
        notifier().step();
    }

    /**
     * Tells whether {@link #run()} is in progress on some thread.
     *
     * @return {@code true} while the main loop runs
     */
    public static boolean isRunning() {
        return notifier().isRunning();
    }

    /**
     * Tells whether the current thread drives the main loop (is inside {@code run()}, {@code step()} or
     * {@code loopUntil()}), kaa's {@code is_mainthread()}.
     *
     * @return {@code true} on the loop thread
     */
    public static boolean isMainThread() {
        return notifier().isLoopThread();
    }

    /**
     * A dump of every live coroutine, one line each: its method, the source line it is suspended at, what it awaits
     * and for how long (as {@code CoroutineInProgress.toString()} says). Live coroutines are registered only when the
     * JVM runs with {@code -Dkaa.debug.coroutines=true}; the same dump is then the {@code dump} operation of the MBean
     * {@code kaa:type=Coroutines}. See {@link Debugging}.
     *
     * @return the dump
     */
    public static String dump() {
        return Debugging.dump();
    }

    /**
     * Runs {@code task} on the main loop's thread; safe from any thread. See {@link Notifier#post}.
     *
     * @param task the task to run
     */
    public static void post(Runnable task) {
        notifier().post(task);
    }

    /**
     * Calls {@code callable} on the main loop's thread; see {@link Notifier#call}.
     *
     * @param callable what to call
     * @param <T> the result type
     * @return an {@code InProgress} of its result
     */
    public static <T> InProgress<T> call(Callable<T> callable) {
        return notifier().call(callable);
    }
}
