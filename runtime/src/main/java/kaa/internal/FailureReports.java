package kaa.internal;

import java.util.Objects;

/**
 * A hook that sees every failure a notifier reports ({@code Notifier.reportException}), for test harnesses that fail
 * a test when user code failed inside the loop: the notifier catches such failures and goes on, so a failed assertion
 * in a task would otherwise only be logged. Not for applications: they connect to {@code Notifier.exceptionSignal()}.
 */
public final class FailureReports {
    /** Told of each report, on the reporting thread, before the notifier's handlers run. */
    @FunctionalInterface
    public interface Observer {
        /**
         * A failure was reported.
         *
         * @param failure what was reported
         * @param handled whether a handler on the notifier's exception signal received it (otherwise it was logged)
         */
        void reported(Throwable failure, boolean handled);
    }

    private static volatile Observer observer;

    private FailureReports() {}

    /**
     * Installs {@code newObserver}, or removes the current one with {@code null}.
     *
     * @param newObserver the observer, or {@code null}
     * @return the observer installed before
     */
    public static Observer setObserver(Observer newObserver) {
        Observer previous = observer;
        observer = newObserver;
        return previous;
    }

    /**
     * Tells the installed observer, if any, of a report.
     *
     * @param failure what was reported
     * @param handled whether a handler received it
     */
    public static void reported(Throwable failure, boolean handled) {
        Objects.requireNonNull(failure, "failure");
        Observer current = observer;
        if (current != null) {
            current.reported(failure, handled);
        }
    }
}
