package kaa.internal;

import java.lang.ref.Cleaner;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reports failures that nobody observed once the {@code InProgress} holding them is garbage-collected, as kaa logs
 * "Unhandled InProgress exception". The report goes to the {@code kaa} {@link System.Logger} unless a test installed
 * another reporter.
 */
public final class UnobservedFailures {
    /** A failure and whether anyone has seen it; must not refer back to its {@code InProgress}. */
    public interface Outcome {
        /** Whether anyone observed the failure. */
        boolean observed();

        /** The failure. */
        Throwable error();
    }

    private static final Cleaner CLEANER = Cleaner.create();
    private static final System.Logger LOGGER = System.getLogger("kaa");
    private static volatile Consumer<Throwable> reporter = UnobservedFailures::log;

    private UnobservedFailures() {}

    /** Reports {@code outcome}'s failure when {@code owner} is collected, unless it has been observed by then. */
    public static void watch(Object owner, Outcome outcome) {
        CLEANER.register(owner, () -> {
            if (!outcome.observed()) {
                reporter.accept(outcome.error());
            }
        });
    }

    /** Replaces where reports go (for tests); returns the previous reporter. Reports arrive on a cleaner thread. */
    public static Consumer<Throwable> setReporter(Consumer<Throwable> newReporter) {
        Consumer<Throwable> previous = reporter;
        reporter = Objects.requireNonNull(newReporter, "newReporter");
        return previous;
    }

    private static void log(Throwable error) {
        LOGGER.log(System.Logger.Level.WARNING, "Unhandled InProgress failure (nobody observed it)", error);
    }
}
