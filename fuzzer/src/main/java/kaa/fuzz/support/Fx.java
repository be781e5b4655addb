package kaa.fuzz.support;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;

/**
 * What a generated program calls: the trace it appends to, the values it awaits, its resources and exceptions, and
 * the drivers that run its plain and its coroutine version.
 *
 * <p>A program is loaded with its own copy of the runtime and of this class, so the static trace belongs to that
 * program's class loader, and one thread runs one program at a time in it. Batch programs and minimised findings
 * import it; a generated subclass calls it too, so nothing in it is private but the constructor.
 */
public final class Fx {
    /** Ends a trace when the coroutine did not finish in this many loop iterations. */
    static final int ITERATION_LIMIT = 1_000_000;
    /** The trace line written when the abort is delivered. */
    public static final String ABORT_MARK = "-- abort --";

    static final List<String> TRACE = new ArrayList<>();
    /** What the plain version's last {@code return ip} returned: the plain run finishes with it. */
    static InProgress<?> followed;
    static final List<Supplier<?>> KEPT = new ArrayList<>();
    static int coins;
    static int iterations;

    private Fx() {}

    // ------------------------------------------------------------------------------------------ tracing

    /** Appends {@code tag=value} to the trace. */
    public static void t(String tag, Object value) {
        TRACE.add(tag + "=" + value);
    }

    /** Appends {@code tag} to the trace. */
    public static void t(String tag) {
        TRACE.add(tag);
    }

    /** Traces an operand and evaluates to it: shows evaluation order. */
    public static <T> T id(String tag, T value) {
        t(tag, value);
        return value;
    }

    /** A branch choice that varies from call to call of one run but is the same in every run of the program. */
    public static boolean coin(String tag) {
        coins++;
        boolean heads = ((coins * 0x9E3779B1L + tag.hashCode()) >>> 5 & 1) == 0;
        t(tag, heads);
        return heads;
    }

    /** Traces a caught exception. */
    public static void caught(String tag, Throwable failure) {
        t(tag + " caught " + describe(failure));
    }

    /** Throws {@link Checked} when {@code fail}: a statement a {@code catch (Fx.Checked e)} can be for. */
    public static void check(String tag, boolean fail) throws Checked {
        t(tag, fail);
        if (fail) {
            throw new Checked(tag);
        }
    }

    /** Keeps a lambda, to call it later with {@link #runKept}: shows what it captured when it was created. */
    public static void keep(Supplier<?> lambda) {
        KEPT.add(lambda);
    }

    /**
     * Calls and forgets every kept lambda, tracing what each returns. The list is emptied first, so a kept lambda
     * that calls this again does not recurse without end (the depth a stack overflow comes at differs between the
     * versions).
     */
    public static void runKept(String tag) {
        List<Supplier<?>> kept = List.copyOf(KEPT);
        KEPT.clear();
        for (Supplier<?> lambda : kept) {
            t(tag, lambda.get());
        }
    }

    /** Calls a lambda at once. */
    public static <T> T call(Supplier<T> lambda) {
        return lambda.get();
    }

    /** An exception as the trace shows it: class, message and suppressed exceptions, never an identity. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (!(failure instanceof InProgressAbortedException)) {
            text.append(": ").append(failure.getMessage());
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            text.append(" [suppressed ").append(describe(suppressed)).append(']');
        }
        return text.toString();
    }

    // ------------------------------------------------------------------------------------------ awaited values

    /** Already finished with {@code value}. */
    public static <T> InProgress<T> now(T value) {
        return InProgress.finished(value);
    }

    /** Finishes with {@code value} a (virtual) millisecond from now. */
    public static <T> InProgress<T> later(T value) {
        return after(Duration.ofMillis(1), value, null);
    }

    /** Finishes with {@code value} on a timer that is due at once: on a later loop iteration. */
    public static <T> InProgress<T> later0(T value) {
        return after(Duration.ZERO, value, null);
    }

    /** Already failed with {@code failure}. */
    public static <T> InProgress<T> fail(Throwable failure) {
        return InProgress.failed(failure);
    }

    /** Fails with {@code failure} a (virtual) millisecond from now. */
    public static <T> InProgress<T> failLater(Throwable failure) {
        return after(Duration.ofMillis(1), null, failure);
    }

    private static <T> InProgress<T> after(Duration delay, T value, Throwable failure) {
        InProgress<T> result = new InProgress<>();
        kaa.Async.delay(delay).connect(ignored -> {
            if (failure == null) {
                result.tryFinish(value);
            } else {
                result.tryFail(failure);
            }
        });
        return result;
    }

    /** The plain version of {@code yield_(ip)}: runs the loop until {@code ip} is done; its value or its failure. */
    public static <T> T direct(InProgress<T> ip) {
        Main.notifier().loopUntil(ip::isFinished);
        Throwable failure = ip.exception();
        if (failure != null) {
            throw Fx.<RuntimeException>sneaky(failure);
        }
        return ip.result();
    }

    /** The plain version of {@code yield_(ip, X.class)}. */
    public static <T, X extends Throwable> T direct(InProgress<T> ip, Class<X> mayThrow) throws X {
        return direct(ip);
    }

    /**
     * The plain version of {@code return ip}: the body returns (its finally blocks run, its catch blocks do not see
     * {@code ip}'s failure), then the run finishes with whatever {@code ip} finishes with. Returns null, which no other
     * {@code return} of a program does.
     */
    public static <T> T follow(InProgress<T> ip) {
        followed = ip;
        return null;
    }

    /** The plain version of {@code yield_()}. */
    public static void slice() {
        // A time slice changes nothing a program can see.
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable failure) throws X {
        throw (X) failure;
    }

    // ------------------------------------------------------------------------------------------ resources, exceptions

    /** A resource that traces its opening and closing. */
    public static final class Res implements AutoCloseable {
        final String name;
        final boolean failsToClose;

        Res(String name, boolean failsToClose) {
            this.name = name;
            this.failsToClose = failsToClose;
            t("open " + name);
        }

        @Override
        public void close() {
            t("close " + name);
            if (failsToClose) {
                throw new Unchecked("close " + name);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Opens a resource. */
    public static Res open(String name) {
        return new Res(name, false);
    }

    /** Opens a resource whose {@code close()} throws {@link Unchecked} (after tracing it). */
    public static Res openFailing(String name) {
        return new Res(name, true);
    }

    /** The checked exception programs throw and catch. */
    public static final class Checked extends Exception {
        private static final long serialVersionUID = 1L;

        public Checked(String message) {
            super(message);
        }
    }

    /** The unchecked exception programs throw and catch. */
    public static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unchecked(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------------------------------ drivers

    private static Notifier reset() {
        Notifier notifier = new Notifier(new ManualTicker());
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(failure -> t("loop exception " + describe(failure)));
        TRACE.clear();
        KEPT.clear();
        followed = null;
        coins = 0;
        iterations = 0;
        return notifier;
    }

    private static List<String> finish(Notifier notifier) {
        notifier.close();
        List<String> trace = List.copyOf(TRACE);
        TRACE.clear();
        KEPT.clear();
        return trace;
    }

    /** Runs the plain version: its trace, then {@code result=v} or {@code threw e}. */
    public static List<String> runPlain(Callable<?> plain) {
        Notifier notifier = reset();
        try {
            Object result = plain.call();
            t("result", result == null && followed != null ? direct(followed) : result);
        } catch (Throwable failure) {
            t("threw " + describe(failure));
        }
        return finish(notifier);
    }

    /**
     * Runs the coroutine version to its end on virtual time: its trace, then {@code result=v} or {@code threw e}
     * ({@code not finished} if it never does).
     */
    public static List<String> runCoroutine(Callable<? extends InProgress<?>> start) {
        return runAborted(start, -1);
    }

    /**
     * Runs the coroutine version and aborts it after {@code abortAfter} loop iterations (never if negative), writing
     * {@link #ABORT_MARK} into the trace then.
     */
    public static List<String> runAborted(Callable<? extends InProgress<?>> start, int abortAfter) {
        Notifier notifier = reset();
        InProgress<?> coroutine;
        try {
            coroutine = start.call();
        } catch (Throwable failure) {
            t("call threw " + describe(failure));
            return finish(notifier);
        }
        boolean[] aborted = {false};
        boolean done = notifier.loopUntil(() -> {
            if (!aborted[0] && iterations == abortAfter && !coroutine.isFinished()) {
                aborted[0] = true;
                t(ABORT_MARK);
                coroutine.abort();
            }
            if (coroutine.isFinished()) {
                return true;
            }
            return ++iterations > ITERATION_LIMIT;
        }, Long.MAX_VALUE / 4);
        if (!done || !coroutine.isFinished()) {
            t("not finished after " + iterations + " loop iterations");
        } else if (coroutine.isFailed()) {
            t("threw " + describe(coroutine.exception()));
        } else {
            t("result", coroutine.result());
        }
        return finish(notifier);
    }

    /** Loop iterations the last coroutine run took. */
    public static int iterations() {
        return iterations;
    }

    /**
     * What must hold after an abort, as lines that read {@code ... true} when it does: the trace up to the abort is a
     * prefix of the plain run's, every finally entered ran once ({@code T<n>} opens, {@code F<n>} closes) and every
     * resource opened was closed once, both in nested order, and the coroutine ended failed.
     */
    public static List<String> abortVerdicts(List<String> plain, List<String> aborted) {
        int mark = aborted.indexOf(ABORT_MARK);
        List<String> verdicts = new ArrayList<>();
        verdicts.add("aborted while suspended: " + (mark >= 0));
        List<String> before = mark >= 0 ? aborted.subList(0, mark) : aborted;
        verdicts.add("trace before the abort is a prefix of the plain run: "
                + (before.size() <= plain.size() && plain.subList(0, before.size()).equals(before)));
        verdicts.add("every finally ran once, in nested order: " + nested(aborted, "T", "F"));
        verdicts.add("every resource closed once, in nested order: " + nested(aborted, "open ", "close "));
        String last = aborted.isEmpty() ? "" : aborted.get(aborted.size() - 1);
        verdicts.add("ended failed: " + last.startsWith("threw "));
        verdicts.add("no loop exception: " + aborted.stream().noneMatch(line -> line.startsWith("loop exception")));
        return verdicts;
    }

    private static boolean nested(List<String> trace, String open, String close) {
        Deque<String> entered = new ArrayDeque<>();
        for (String line : trace) {
            if (line.startsWith(open) && isMarker(line, open)) {
                entered.push(line.substring(open.length()));
            } else if (line.startsWith(close) && isMarker(line, close)) {
                if (entered.isEmpty() || !entered.pop().equals(line.substring(close.length()))) {
                    return false;
                }
            }
        }
        return entered.isEmpty();
    }

    private static boolean isMarker(String line, String prefix) {
        String rest = line.substring(prefix.length());
        return !rest.isEmpty() && rest.chars().allMatch(c -> Character.isLetterOrDigit(c));
    }

    /**
     * The {@code main} of a minimised finding: prints the coroutine run's trace, or with the argument {@code plain}
     * the plain run's (the expected output).
     */
    public static void main(String[] args, Callable<?> plain, Callable<? extends InProgress<?>> coroutine) {
        List<String> trace = args.length > 0 && args[0].equals("plain") ? runPlain(plain) : runCoroutine(coroutine);
        trace.forEach(System.out::println);
    }

    /**
     * The {@code main} of a minimised abort finding: prints the verdicts of {@link #abortVerdicts} for an abort after
     * {@code abortAfter} loop iterations; all of them read {@code true} when the lowering is right.
     */
    public static void mainAborted(Callable<?> plain, Callable<? extends InProgress<?>> coroutine, int abortAfter) {
        List<String> plainTrace = runPlain(plain);
        abortVerdicts(plainTrace, runAborted(coroutine, abortAfter)).forEach(System.out::println);
    }
}
