package kaa;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import kaa.internal.FailureReports;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when a notifier reported a failure the test did not expect. A notifier catches what a task, timer or
 * callback throws and only reports it, so an assertion inside a task cannot fail a test by itself: this extension
 * makes it. Unexpected are a report that no exception-signal handler received (it was only logged), and any
 * {@link AssertionError}, handled or not. A test that means to provoke a logged report declares it with
 * {@link #expectUnhandled}.
 *
 * <p>Every runtime test class is annotated {@code @ExtendWith(NotifierReports.class)}; tests run one at a time.
 */
@SuppressWarnings("exports") // a test class in the patched module: JUnit's types are not the runtime's to export
public final class NotifierReports implements BeforeEachCallback, AfterEachCallback {
    private static final List<Throwable> UNEXPECTED = new ArrayList<>();
    private static final List<Predicate<Throwable>> EXPECTED = new ArrayList<>();

    private FailureReports.Observer previous;

    /** Created by JUnit. */
    public NotifierReports() {}

    /**
     * Declares that the running test makes a notifier log one failure that {@code matches}.
     *
     * @param matches which report is expected
     */
    public static void expectUnhandled(Predicate<Throwable> matches) {
        synchronized (UNEXPECTED) {
            EXPECTED.add(matches);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (UNEXPECTED) {
            UNEXPECTED.clear();
            EXPECTED.clear();
        }
        previous = FailureReports.setObserver(NotifierReports::reported);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FailureReports.setObserver(previous);
        List<Throwable> unexpected;
        synchronized (UNEXPECTED) {
            unexpected = new ArrayList<>(UNEXPECTED);
            UNEXPECTED.clear();
            EXPECTED.clear();
        }
        if (!unexpected.isEmpty()) {
            AssertionError failure = new AssertionError(unexpected.size()
                    + " unexpected failure(s) reported by a notifier, the first: " + unexpected.get(0),
                    unexpected.get(0));
            for (Throwable other : unexpected.subList(1, unexpected.size())) {
                failure.addSuppressed(other);
            }
            throw failure;
        }
    }

    private static void reported(Throwable failure, boolean handled) {
        synchronized (UNEXPECTED) {
            if (handled && !(failure instanceof AssertionError)) {
                return;
            }
            if (!handled) {
                for (Iterator<Predicate<Throwable>> it = EXPECTED.iterator(); it.hasNext(); ) {
                    if (it.next().test(failure)) {
                        it.remove();
                        return;
                    }
                }
            }
            UNEXPECTED.add(failure);
        }
    }
}
