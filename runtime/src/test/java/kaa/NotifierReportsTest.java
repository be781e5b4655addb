package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The extension itself: an assertion that fails inside a task fails the test, though the notifier caught it. */
class NotifierReportsTest {
    private final Notifier notifier = new Notifier(new ManualTicker());

    private static AssertionError afterEachOf(Runnable test) {
        NotifierReports reports = new NotifierReports();
        reports.beforeEach(null);
        test.run();
        return assertThrows(AssertionError.class, () -> reports.afterEach(null));
    }

    @Test
    void anAssertionThatFailsInATaskFailsTheTest() {
        AssertionError failure = afterEachOf(() -> {
            notifier.enqueue(() -> assertEquals(1, 2, "inside a task"));
            notifier.step(); // the notifier catches the failure, reports it and goes on
        });
        assertTrue(failure.getMessage().contains("inside a task"), failure.getMessage());
    }

    @Test
    void anAssertionFailsTheTestEvenWhenAnExceptionHandlerTookIt() {
        notifier.exceptionSignal().connect(ignored -> { });
        AssertionError failure = afterEachOf(() -> {
            notifier.enqueue(() -> assertTrue(false, "handled but still a failed assertion"));
            notifier.step();
        });
        assertTrue(failure.getMessage().contains("handled but still"), failure.getMessage());
    }

    @Test
    void aLoggedReportFailsTheTestUnlessExpected() {
        afterEachOf(() -> notifier.reportException(new IllegalStateException("not expected; expected in test output")));

        NotifierReports reports = new NotifierReports();
        reports.beforeEach(null);
        NotifierReports.expectUnhandled(failure -> failure instanceof IllegalStateException);
        notifier.reportException(new IllegalStateException("expected; expected in test output"));
        reports.afterEach(null);
    }
}
