package kaa.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reports failures that nobody observed, as kaa logs "Unhandled InProgress exception": when the {@code InProgress}
 * holding one is garbage-collected, and, for those still unobserved then, when the JVM exits. The report goes to the
 * {@code kaa} {@link System.Logger} unless a test installed another reporter.
 *
 * <p>What is kept for a report does not keep the failure reachable: a failure whose exception refers back to its own
 * {@code InProgress} (an abort naming its origin, say) would otherwise never be collected, and never reported. The
 * failure is held weakly; if it is gone by the time of the report, a copy made when it was watched (its
 * {@code toString()} and stack trace) is reported instead.
 */
public final class UnobservedFailures {
    private static final System.Logger LOGGER = System.getLogger("kaa");
    private static final Set<Watch> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Consumer<Throwable> DEFAULT = UnobservedFailures::log;
    private static volatile Consumer<Throwable> reporter = DEFAULT;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(UnobservedFailures::reportPendingAtExit,
                "kaa unobserved failures at exit"));
    }

    private UnobservedFailures() {}

    /**
     * Watches one failure of an {@code InProgress}: tell it {@link #observed()} as soon as someone observes the
     * failure.
     * Holds neither the {@code InProgress} nor, strongly, the failure.
     */
    public static final class Watch implements Runnable {
        private final WeakReference<Throwable> error;
        /** The copy reported if the failure is gone; dropped once observed (a watch lives until its owner dies). */
        private volatile String description;
        private volatile StackTraceElement[] stackTrace;
        /** {@code " of coroutine Owner.method"} when a coroutine failed, else empty: for the logged message. */
        private final String origin;
        private volatile boolean observed;
        private volatile boolean done;
        /** The order failures were watched in, for {@link #takePending()}. */
        private final long sequence = SEQUENCE.incrementAndGet();

        private Watch(Throwable error, String origin) {
            this.origin = origin;
            this.error = new WeakReference<>(error);
            this.description = error.toString();
            this.stackTrace = error.getStackTrace();
        }

        /** The failure has been observed: nothing will be reported. */
        public void observed() {
            observed = true;
            description = null;
            stackTrace = null;
            PENDING.remove(this);
        }

        /** The cleaner's action (the {@code InProgress} was collected), or the report at exit. */
        @Override
        public void run() {
            report(reporter);
        }

        private void report(Consumer<Throwable> to) {
            synchronized (this) { // the cleaner, the exit hook and takePending() may race for one watch
                if (done) {
                    return;
                }
                done = true;
            }
            PENDING.remove(this);
            if (observed) {
                return;
            }
            Throwable original = error.get();
            Throwable reported = original != null ? original : new CollectedFailure(description, stackTrace);
            if (to == DEFAULT) {
                log(reported, origin);
            } else {
                to.accept(reported);
            }
        }
    }

    /** What is reported for a failure that was collected with its {@code InProgress}: its description and stack. */
    public static final class CollectedFailure extends Exception {
        private static final long serialVersionUID = 1L;

        CollectedFailure(String description, StackTraceElement[] stackTrace) {
            super(description, null, false, true);
            setStackTrace(stackTrace);
        }
    }

    /**
     * Reports {@code error} when {@code owner} is collected, or at exit, unless the returned watch is told it was
     * observed by then.
     *
     * @param owner the {@code InProgress} that failed
     * @param error its failure
     * @return the watch to tell when the failure is observed
     */
    public static Watch watch(Object owner, Throwable error) {
        MachineInfo info = owner instanceof CoroutineMachine ? ((CoroutineMachine<?>) owner).debugInfo() : null;
        String origin = info != null ? " of coroutine " + info.displayName()
                : owner instanceof Described described ? " of " + described.description() : "";
        Watch watch = new Watch(Objects.requireNonNull(error, "error"), origin);
        PENDING.add(watch);
        Cleanup.CLEANER.register(owner, watch);
        return watch;
    }

    /**
     * Replaces where reports go (for tests); returns the previous reporter. Reports arrive on a cleaner thread, or on
     * the shutdown hook's.
     *
     * @param newReporter where reports go from now on
     * @return the reporter installed before
     */
    public static Consumer<Throwable> setReporter(Consumer<Throwable> newReporter) {
        Consumer<Throwable> previous = reporter;
        reporter = Objects.requireNonNull(newReporter, "newReporter");
        return previous;
    }

    /**
     * Takes every failure watched and not observed yet, in the order they were watched: each is the caller's from now
     * on, and is not reported when its owner is collected or at exit ({@code Debugging.takeUnobservedFailures()}).
     *
     * @return the failures, oldest first; a copy ({@link CollectedFailure}) for one that is gone already
     */
    public static List<Throwable> takePending() {
        List<Watch> watches = new ArrayList<>(PENDING);
        watches.sort(Comparator.comparingLong(watch -> watch.sequence));
        List<Throwable> taken = new ArrayList<>();
        for (Watch watch : watches) {
            watch.report(taken::add);
        }
        return taken;
    }

    /**
     * Reports every failure still watched and unobserved, as at exit (the shutdown hook calls it; tests may).
     */
    public static void reportPendingAtExit() {
        // java.util.logging resets its handlers in a shutdown hook of its own, which may have run already: the
        // default report goes straight to System.err at exit.
        Consumer<Throwable> current = reporter;
        for (Watch watch : PENDING.toArray(new Watch[0])) {
            watch.report(current == DEFAULT ? error -> printAtExit(error, watch.origin) : current);
        }
    }

    private static void printAtExit(Throwable error, String origin) {
        System.err.println("kaa: Unhandled InProgress failure" + origin
                + " (nobody observed it before the JVM exited):");
        error.printStackTrace();
    }

    private static void log(Throwable error) {
        log(error, "");
    }

    private static void log(Throwable error, String origin) {
        LOGGER.log(System.Logger.Level.WARNING, "Unhandled InProgress failure" + origin + " (nobody observed it)",
                error);
    }
}
