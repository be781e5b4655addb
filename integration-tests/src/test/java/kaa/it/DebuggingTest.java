package kaa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import kaa.InProgress;
import kaa.InProgressTimeoutException;
import kaa.Main;
import kaa.Notifier;
import kaa.internal.CoroutineTraces;
import kaa.internal.UnobservedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stack traces of failing coroutines name the user's source, and continue along the chain of awaiting coroutines. */
@ExtendWith(NotifierReports.class)
class DebuggingTest {
    private static final String SOURCE = "DebugBodies.java";
    private Notifier notifier;
    private final DebugBodies bodies = DebugBodies.create();

    @BeforeEach
    void freshNotifier() {
        notifier = new Notifier();
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        CoroutineTraces.setRewriting(true);
        notifier.close();
    }

    @Test
    void aFailureThreeCoroutinesDeepNamesEachOriginalLineAndNoGeneratedOne() {
        NumberFormatException failure = assertThrows(NumberFormatException.class, () -> bodies.outer("x").await());
        String trace = printed(failure);

        assertFramesInOrder(trace, frame("parse", "[parse]"), frame("middle", "[middle]"), frame("outer", "[outer]"),
                "at kaa.it.DebuggingTest.lambda$aFailureThreeCoroutinesDeepNamesEachOriginalLineAndNoGeneratedOne$");
        assertNoGeneratedFrame(trace);
        assertEquals(1, count(trace, "DebugBodies.parse("), trace);
    }

    @Test
    void aFailingThreadedJobIsFollowedByTheAwaitingCoroutinesLine() {
        NumberFormatException failure = assertThrows(NumberFormatException.class,
                () -> bodies.viaThread("y").await());
        String trace = printed(failure);

        assertFramesInOrder(trace, frame("load", "[load]"), frame("viaThread", "[viaThread]"),
                "at kaa.it.DebuggingTest.lambda$aFailingThreadedJobIsFollowedByTheAwaitingCoroutinesLine$");
        assertNoGeneratedFrame(trace);
    }

    /** Awaited from plain code, a job's failure goes on with the caller of await() (usertest round 9b, finding 01). */
    @Test
    void aFailingThreadedJobAwaitedFromPlainCodeEndsWithTheCallerOfAwait() {
        NumberFormatException failure = assertThrows(NumberFormatException.class, () -> bodies.load("v").await());
        String trace = printed(failure);

        assertFramesInOrder(trace, frame("load", "[load]"),
                "at kaa.it.DebuggingTest.lambda$aFailingThreadedJobAwaitedFromPlainCodeEndsWithTheCallerOfAwait$");
        assertNoGeneratedFrame(trace);
        assertFalse(trace.contains("ThreadPool"), trace);
        assertEquals(1, count(trace, "DebugBodies.load("), trace);
    }

    /** A failure made while the loop ran inside await() names where it was made, then the caller, once each. */
    @Test
    void aFailureMadeWhileAwaitingHasTheCallersFramesOnce() {
        InProgress<Integer> failsLater = new InProgress<>();
        kaa.Async.delay(Duration.ofMillis(1)).connect(ignored -> failsLater.fail(new IllegalStateException("made")));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> failsLater.await());
        String trace = printed(failure);

        assertFramesInOrder(trace, "at kaa.it.DebuggingTest.lambda$aFailureMadeWhileAwaitingHasTheCallersFramesOnce$",
                "at kaa.it.DebuggingTest.aFailureMadeWhileAwaitingHasTheCallersFramesOnce(");
        assertEquals(1, count(trace, "at kaa.it.DebuggingTest.aFailureMadeWhileAwaitingHasTheCallersFramesOnce("),
                trace);
        assertNoGeneratedFrame(trace);
    }

    @Test
    void aCoroutineThatReturnsAFailingJobIsATailCallInTheChain() {
        NumberFormatException failure = assertThrows(NumberFormatException.class,
                () -> bodies.viaDelegate("w").await());
        String trace = printed(failure);

        assertFramesInOrder(trace, frame("load", "[load]"), frame("viaDelegate", "[viaDelegate]"),
                "at kaa.it.DebuggingTest.lambda$aCoroutineThatReturnsAFailingJobIsATailCallInTheChain$");
        assertNoGeneratedFrame(trace);
    }

    @Test
    void aFailureAwaitedThroughTimeoutOrAllGoesOnWithTheAwaitingCoroutines() {
        // The derived InProgress passes the chain on (usertest round 4: the awaiting coroutine's line, or main's
        // frames, were missing).
        NumberFormatException timedOut = assertThrows(NumberFormatException.class,
                () -> bodies.viaTimeout("x").await());
        assertFramesInOrder(printed(timedOut), frame("parse", "[parse]"), frame("viaTimeout", "[viaTimeout]"),
                "at kaa.it.DebuggingTest.lambda$aFailureAwaitedThroughTimeoutOrAllGoesOnWithTheAwaitingCoroutines$");

        NumberFormatException combined = assertThrows(NumberFormatException.class, () -> bodies.viaAll("x").await());
        assertFramesInOrder(printed(combined), frame("parse", "[parse]"), frame("middle", "[middle]"),
                "at kaa.it.DebuggingTest.lambda$aFailureAwaitedThroughTimeoutOrAllGoesOnWithTheAwaitingCoroutines$");
        assertNoGeneratedFrame(printed(combined));
    }

    /**
     * {@code timeout(d, true)} aborts what it awaits with the very exception it then fails with: the abort's chain went
     * into the aborted coroutine, and the coroutines awaiting the timeout were left out (usertest round 13).
     */
    @Test
    void aTimeoutThatAbortsGoesOnWithTheAwaitingCoroutines() {
        InProgressTimeoutException expired = assertThrows(InProgressTimeoutException.class,
                () -> bodies.aboveAbortingTimeout().await());
        assertFramesInOrder(printed(expired), frame("viaAbortingTimeout", "[viaAbortingTimeout]"),
                frame("aboveAbortingTimeout", "[aboveAbortingTimeout]"),
                "at kaa.it.DebuggingTest.lambda$aTimeoutThatAbortsGoesOnWithTheAwaitingCoroutines$");
    }

    @Test
    void aVeryDeepChainStopsGrowingAndSaysHowManyLevelsItLeftOut() {
        int depth = 3000;
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> bodies.nested(depth).await());
        StackTraceElement[] frames = failure.getStackTrace();

        // 1024 frames at most down to the awaiter of the last level kept, the omitted marker, then the caller's.
        int callerFrames = new Throwable().getStackTrace().length;
        assertTrue(frames.length <= 1024 + 1 + callerFrames + 8, "frames: " + frames.length);
        String nestedFrame = frame("nested", "[nested]").substring("at ".length());
        int shown = 0;
        int omitted = -1;
        for (StackTraceElement frame : frames) {
            shown += frame.toString().equals(nestedFrame) ? 1 : 0;
            if (frame.getClassName().equals(CoroutineTraces.COLLAPSED_CLASS) && frame.getMethodName().equals("omitted")) {
                omitted = Integer.parseInt(frame.getFileName().split(" ")[0]);
            }
        }
        assertEquals(depth, shown + omitted, printed(failure));
        assertTrue(printed(failure).contains("at kaa.it.DebuggingTest.lambda$aVeryDeepChainStopsGrowing"),
                printed(failure));
    }

    @Test
    void theSwitchLeavesTracesAsTheJvmMadeThem() {
        CoroutineTraces.setRewriting(false);
        NumberFormatException failure = assertThrows(NumberFormatException.class, () -> bodies.outer("x").await());
        String trace = printed(failure);

        assertTrue(trace.contains("DebugBodies_CoroutineMachines$ParseMachine.resume(DebugBodies_CoroutineMachines"
                + ".java:"), trace);
        assertTrue(!trace.contains("DebugBodies.parse(") && !trace.contains(CoroutineTraces.COLLAPSED_CLASS + "."),
                trace);
    }

    @Test
    void aStepHoldingTheLoopThreadIsLoggedWithItsSourceLine() throws InterruptedException {
        notifier.setSlowStepThreshold(Duration.ofMillis(50));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch logged = new CountDownLatch(1);
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger kaaLogger = Logger.getLogger("kaa");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage().contains("held its thread")) {
                    records.add(record);
                    logged.countDown();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        kaaLogger.addHandler(handler);
        InProgress<Void> holding = bodies.holdsTheLoop(entered, release);
        Thread driver = new Thread(holding::await, "test loop driver");
        try {
            driver.start();
            assertTrue(entered.await(30, TimeUnit.SECONDS), "the coroutine resumed on the driving thread");
            assertTrue(logged.await(30, TimeUnit.SECONDS), "the slow step was logged");
        } finally {
            release.countDown();
            driver.join();
            kaaLogger.removeHandler(handler);
        }

        assertEquals(1, records.size(), "one report per slow step");
        String where = frame("holdsTheLoop", "[holdsTheLoop]").substring("at ".length());
        assertTrue(records.get(0).getMessage().contains("\"test loop driver\"")
                && records.get(0).getMessage().endsWith(", at " + where), records.get(0).getMessage());
        assertTrue(printed(records.get(0).getThrown()).contains("at " + where), printed(records.get(0).getThrown()));
        assertTrue(holding.isFinished() && !holding.isFailed());
    }

    @Test
    void aCoroutinesToStringSaysWhereItIsSuspendedAndOnWhat() throws InterruptedException {
        InProgress<String> waiting = bodies.waitsForJob();
        try {
            assertTrue(bodies.jobStarted.await(30, TimeUnit.SECONDS));
            String expected = "DebugBodies.waitsForJob[suspended at " + SOURCE + ":" + lineOf("[waitsForJob]")
                    + " awaiting thread job DebugBodies.blockingJob]";
            assertEquals(expected, waiting.toString());
        } finally {
            bodies.releaseJob.countDown();
        }
        assertEquals("released", waiting.await());
        assertEquals("DebugBodies.waitsForJob[finished: released]", waiting.toString());
    }

    @Test
    void aFailingCallbackIsReportedWithTheLineOfTheCoroutineThatRanIt() {
        List<Throwable> reported = new ArrayList<>();
        notifier.exceptionSignal().connect(reported::add);
        InProgress<String> target = new InProgress<>();
        target.connect(value -> {
            throw new IllegalStateException("the callback fails");
        });
        InProgress<Void> finishing = bodies.finishes(target);
        notifier.loopUntil(finishing::isFinished);

        assertEquals(1, reported.size(), reported.toString());
        String trace = printed(reported.get(0));
        assertFramesInOrder(trace,
                "at kaa.it.DebuggingTest.lambda$aFailingCallbackIsReportedWithTheLineOfTheCoroutineThatRanIt$",
                CoroutineTraces.COLLAPSED_CLASS + ".collapsed(", frame("finishes", "[finishes]"));
        assertNoGeneratedFrame(trace);
    }

    @Test
    void anUnobservedFailureIsReportedWithItsCoroutineAndLine() {
        InProgress<Integer> unobserved = bodies.parse("z");
        notifier.loopUntil(unobserved::isFinished);
        String report = reportedAtExit();
        assertTrue(report.contains("Unhandled InProgress failure of coroutine DebugBodies.parse (nobody observed it"),
                report);
        assertTrue(report.contains(frame("parse", "[parse]")), report);
    }

    @Test
    void anUnobservedFailureOfAThreadedJobNamesTheJob() {
        InProgress<Integer> unobserved = bodies.load("u");
        notifier.loopUntil(unobserved::isFinished);
        String report = reportedAtExit();
        assertTrue(report.contains("Unhandled InProgress failure of thread job DebugBodies.load (nobody observed it"),
                report);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** What the exit-time report of unobserved failures prints. */
    private static String reportedAtExit() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            UnobservedFailures.reportPendingAtExit();
        } finally {
            System.setErr(originalErr);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The frame a trace must show for the statement tagged {@code tag} in {@link DebugBodies}. */
    static String frame(String method, String tag) {
        return "at kaa.it.DebugBodies." + method + "(" + SOURCE + ":" + lineOf(tag) + ")";
    }

    /** The line of DebugBodies.java whose comment holds {@code tag}. */
    static int lineOf(String tag) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("src/test/java/kaa/it", SOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// " + tag)) {
                found.add(i + 1);
            }
        }
        assertEquals(1, found.size(), "lines tagged " + tag);
        return found.get(0);
    }

    static String printed(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static void assertFramesInOrder(String trace, String... frames) {
        int from = 0;
        for (String frame : frames) {
            int at = trace.indexOf(frame, from);
            if (at < 0) {
                fail("expected '" + frame + "' after position " + from + " in\n" + trace);
            }
            from = at + frame.length();
        }
    }

    private static void assertNoGeneratedFrame(String trace) {
        for (String line : trace.split("\n")) {
            if (line.contains("_Coroutines") || line.contains("_CoroutineMachines") || line.contains("kaa.internal.")
                    || line.contains("at kaa.InProgress") || line.contains("at kaa.Notifier")) {
                fail("generated or runtime frame '" + line.strip() + "' in\n" + trace);
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
