package kaa;

import java.time.Duration;

import kaa.internal.CoroutineTraces;

/**
 * Finds notifier steps that hold the loop thread too long (docs/debugging.md, "Slow steps"), without timing any step:
 * the loop only counts its steps ({@link Notifier#stepCount()}, a plain field increment), and this daemon thread
 * samples {@link Main#notifier()} every half threshold. A count that has not moved for a whole threshold while a
 * thread drives the loop and the loop is not sleeping means one step has run at least that long; it is logged once,
 * while it is still running, with the loop thread's stack (rewritten like a failure's, so it names the coroutine's
 * source line).
 */
final class SlowStepWatchdog implements Runnable {
    private static final System.Logger LOG = System.getLogger("kaa");
    private static final Object LOCK = new Object();
    private static boolean started;

    private Notifier watched;
    private Thread watchedDriver;
    private int watchedSteps;
    private long sameSince;
    private boolean reported;

    private SlowStepWatchdog() {}

    /** Starts the one watchdog of the JVM, unless it runs already. */
    static void ensureStarted() {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            started = true;
        }
        Thread thread = new Thread(new SlowStepWatchdog(), "kaa slow-step watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        for (;;) {
            Notifier notifier = Main.existingNotifier();
            long threshold = notifier == null ? 0 : notifier.slowStepThresholdNanos();
            long period = periodNanos(notifier);
            try {
                Thread.sleep(period / 1_000_000, (int) (period % 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            if (threshold > 0) {
                sample(notifier, threshold);
            }
        }
    }

    /**
     * How long to sleep between samples of {@code notifier}: half its threshold; with no notifier yet (the first
     * notifier's constructor starts the watchdog before {@link Main} has it), half the default threshold, since
     * sleeping longer missed the first slow step of a program (usertest round 9b).
     */
    static long periodNanos(Notifier notifier) {
        long threshold = notifier == null ? 0 : notifier.slowStepThresholdNanos();
        return threshold > 0 ? Math.max(threshold / 2, 1_000_000) : notifier == null ? 50_000_000 : 500_000_000;
    }

    private void sample(Notifier notifier, long threshold) {
        long now = System.nanoTime();
        Thread driver = notifier.driverThread();
        int steps = notifier.stepCount();
        if (driver == null || notifier.isSleeping() || notifier != watched || driver != watchedDriver
                || steps != watchedSteps) {
            watched = notifier;
            watchedDriver = driver;
            watchedSteps = steps;
            sameSince = now;
            reported = false;
            return;
        }
        if (!reported && now - sameSince >= threshold) {
            reported = true;
            report(driver, now - sameSince, threshold);
        }
    }

    private static void report(Thread driver, long heldNanos, long threshold) {
        StackTraceElement[] stack = CoroutineTraces.rewrite(driver.getStackTrace());
        String where = "";
        for (StackTraceElement frame : stack) {
            String className = frame.getClassName();
            if (!CoroutineTraces.isMarker(frame) && !className.startsWith("java.") && !className.startsWith("jdk.")
                    && !className.startsWith("sun.")) {
                where = ", at " + frame;
                break;
            }
        }
        SlowStep slow = new SlowStep("a step of the notifier has held its thread \"" + driver.getName() + "\" for "
                + Duration.ofNanos(heldNanos).toMillis() + " ms so far (threshold "
                + Duration.ofNanos(threshold).toMillis() + " ms)" + where);
        slow.setStackTrace(stack);
        LOG.log(System.Logger.Level.WARNING, slow.getMessage(), slow);
    }

    /** The loop thread's stack when a slow step was found; logged, never thrown. */
    static final class SlowStep extends Throwable {
        private static final long serialVersionUID = 1L;

        SlowStep(String message) {
            super(message, null, false, true);
        }
    }
}
