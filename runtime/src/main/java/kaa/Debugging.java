package kaa;

import java.util.List;
import kaa.internal.CoroutineDump;
import kaa.internal.CoroutineProbes;
import kaa.internal.CoroutineTraces;
import kaa.internal.UnobservedFailures;

/**
 * The switches and views for debugging coroutines (the README's "Debugging" section, docs/debugging.md).
 * <ul>
 *   <li><b>Stack traces.</b> A failure leaving a coroutine body has the frames of the generated machine replaced by
 *       the user's method, file and line, the runtime's frames collapsed into one {@code kaa.runtime.collapsed} frame,
 *       and one frame added per coroutine that awaited it, at its {@code yield_}, down to the caller of
 *       {@code await()}. On by default; off with {@link #setStackTraceRewriting} or
 *       {@code -Dkaa.debug.rewriteStackTraces=false}. It costs nothing until something fails.</li>
 *   <li><b>Dump.</b> {@link #dump()} ({@link Main#dump()}) lists the live coroutines, when the JVM runs with
 *       {@code -Dkaa.debug.coroutines=true} (then also as the MBean {@code kaa:type=Coroutines}).</li>
 *   <li><b>Slow steps.</b> A notifier step that holds the loop thread longer than
 *       {@link Notifier#setSlowStepThreshold} is logged with where it is; see there.</li>
 *   <li><b>Unobserved failures.</b> {@link #takeUnobservedFailures()}, for tests.</li>
 * </ul>
 */
public final class Debugging {
    private Debugging() {}

    /**
     * Turns the rewriting of failures' stack traces on or off, for failures from now on.
     *
     * @param on whether to rewrite
     */
    public static void setStackTraceRewriting(boolean on) {
        CoroutineTraces.setRewriting(on);
    }

    /**
     * Tells whether failures' stack traces are rewritten.
     *
     * @return whether the rewriting is on
     */
    public static boolean isStackTraceRewriting() {
        return CoroutineTraces.isRewriting();
    }

    /**
     * Tells whether live coroutines are registered for {@link #dump()} ({@code -Dkaa.debug.coroutines=true}).
     *
     * @return whether the registry is on
     */
    public static boolean isTrackingCoroutines() {
        return CoroutineProbes.ENABLED;
    }

    /**
     * The dump of the live coroutines: a line on the notifier, then one line per coroutine, oldest first, as
     * {@code Fetcher.fetchPage[suspended at Fetcher.java:15 awaiting thread job Fetcher.load, 1.2 s]}.
     *
     * @return the dump
     */
    public static String dump() {
        return CoroutineDump.text();
    }

    /**
     * Takes the failures that nothing has observed: of every {@code InProgress} that failed (aborts and their
     * timeouts aside) and that no {@code await()}, {@code yield_}, listener or result call has looked at since. They
     * are what would be logged when their {@code InProgress} is collected or at exit; taken, they are the caller's and
     * are not logged. For tests, which otherwise cannot see them (a suite's JVM exits after its report is written):
     * {@code assertEquals(List.of(), Debugging.takeUnobservedFailures())} in {@code @AfterEach} fails the test that
     * left one behind.
     *
     * @return the failures, oldest first; for one whose exception is gone already, a copy with its message and stack
     */
    public static List<Throwable> takeUnobservedFailures() {
        return UnobservedFailures.takePending();
    }
}
