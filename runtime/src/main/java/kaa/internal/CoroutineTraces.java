package kaa.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import kaa.InProgress;

/**
 * Rewrites the stack traces of failures that leave coroutine bodies so that they read like synchronous ones
 * (docs/debugging.md, "Stack traces"): frames of generated machines name the user's method, file and line; runtime
 * frames are collapsed into one marker frame; and the trace continues with one frame per coroutine that awaited the
 * failure, at the line of its {@code yield_}, down to the code that called {@code await()}.
 *
 * <p>Everything here runs on failure paths only: when a failure leaves a body, is thrown into a body at a
 * {@code yield_}, or is thrown by {@code await()}. A failure's chain — which {@code InProgress} its trace currently
 * ends with — is kept in a weak side table, so the failure itself is never wrapped or copied.
 */
public final class CoroutineTraces {
    /** The class of the marker frame that stands for collapsed runtime frames. */
    public static final String COLLAPSED_CLASS = "kaa.runtime";

    private static volatile boolean rewriting = !"false".equalsIgnoreCase(
            System.getProperty("kaa.debug.rewriteStackTraces", "true"));
    /** Failure to the state of its chain. Guarded by itself; weak keys, identity semantics (Throwable's equals). */
    private static final Map<Throwable, Chain> CHAINS = Collections.synchronizedMap(new WeakHashMap<>());

    private CoroutineTraces() {}

    /**
     * The length at which a chain stops growing, as the JVM stops recording a stack at {@code MaxJavaStackTraceDepth}
     * (1024): 100 000 nested coroutines failing together must not copy a growing trace at each level.
     */
    private static final int MAX_FRAMES = 1024;

    /** Where a failure's rewritten trace ends, and the {@code InProgress} (held weakly) it ends with. */
    private static final class Chain {
        /** Frames kept: those of the failure's origin and of the awaiting coroutines appended so far. */
        int kept;
        /** Awaiting coroutines left out once the trace reached {@link #MAX_FRAMES}. */
        int omitted;
        WeakReference<InProgress<?>> end;
        boolean closed;

        Chain(int kept, InProgress<?> end) {
            this.kept = kept;
            this.end = new WeakReference<>(end);
        }

        boolean endsWith(InProgress<?> ip) {
            return !closed && end.get() == ip;
        }
    }

    /**
     * Turns the rewriting on or off (the switch; also the system property {@code kaa.debug.rewriteStackTraces}).
     *
     * @param on whether failures' traces are rewritten from now on
     */
    public static void setRewriting(boolean on) {
        rewriting = on;
    }

    /**
     * Tells whether the rewriting is on.
     *
     * @return whether failures' traces are rewritten
     */
    public static boolean isRewriting() {
        return rewriting;
    }

    /**
     * A failure left the body of {@code machine} (it fails the coroutine). Rewrites its trace unless it was thrown
     * into this body at a {@code yield_} and its chain already ends here.
     *
     * @param machine the coroutine whose body threw
     * @param failure what it threw
     */
    static void leftBody(CoroutineMachine<?> machine, Throwable failure) {
        if (!rewriting) {
            return;
        }
        synchronized (CHAINS) {
            if (CHAINS.containsKey(failure)) {
                return; // thrown into the body at a yield_ (chain ends here already), or rethrown from elsewhere
            }
            StackTraceElement[] rewritten = rewrite(failure.getStackTrace());
            failure.setStackTrace(rewritten);
            CHAINS.put(failure, new Chain(originLength(rewritten), machine));
        }
    }

    /**
     * A failure is being reported by a notifier (a callback, task or timer threw it): rewrites its trace, unless it
     * was rewritten already, so that the frames of coroutines that were running name their source lines.
     *
     * @param failure the reported failure
     */
    public static void rewriteReported(Throwable failure) {
        if (!rewriting) {
            return;
        }
        synchronized (CHAINS) {
            if (!CHAINS.containsKey(failure)) {
                StackTraceElement[] rewritten = rewrite(failure.getStackTrace());
                failure.setStackTrace(rewritten);
                Chain done = new Chain(rewritten.length, null);
                done.closed = true;
                CHAINS.put(failure, done);
            }
        }
    }

    /**
     * {@code failure}, the failure of {@code awaited}, is being thrown into the body of {@code machine} at its
     * {@code yield_}: the trace goes on with the frame of that {@code yield_}, if its chain ends with {@code awaited}
     * (or it has none yet: a failure of an {@code InProgress} that is not a coroutine).
     *
     * @param machine the awaiting coroutine
     * @param awaited what it awaited
     * @param failure the failure thrown into it
     */
    static void thrownInto(CoroutineMachine<?> machine, InProgress<?> awaited, Throwable failure) {
        if (!rewriting) {
            return;
        }
        synchronized (CHAINS) {
            Chain chain = CHAINS.get(failure);
            StackTraceElement[] trace;
            if (chain != null && chain.endsWith(awaited) && chain.kept >= MAX_FRAMES) {
                chain.omitted++;
                chain.end = new WeakReference<>(machine);
                return;
            }
            if (chain == null) {
                if (awaited instanceof CoroutineMachine) {
                    return; // failed with something rethrown from elsewhere: not a chain to extend
                }
                trace = rewrite(failure.getStackTrace());
                chain = new Chain(originLength(trace), awaited);
                CHAINS.put(failure, chain);
            } else if (chain.endsWith(awaited)) {
                trace = failure.getStackTrace();
            } else {
                return; // delivered to a second awaiter, or its chain went elsewhere: leave it as it is
            }
            StackTraceElement frame = callerFrame(machine);
            if (frame != null) {
                List<StackTraceElement> frames = new ArrayList<>(Arrays.asList(trace).subList(0,
                        Math.min(chain.kept, trace.length)));
                frames.add(frame);
                failure.setStackTrace(frames.toArray(new StackTraceElement[0]));
                chain.kept = frames.size();
            }
            chain.end = new WeakReference<>(machine);
        }
    }

    /**
     * {@code machine} ended with the failure of the {@code InProgress} it followed ({@code return ip}): its chain now
     * ends with the machine, with no frame of its own (a tail call).
     *
     * @param machine the coroutine
     * @param followed what it returned
     * @param failure the failure
     */
    static void followed(CoroutineMachine<?> machine, InProgress<?> followed, Throwable failure) {
        if (!rewriting) {
            return;
        }
        synchronized (CHAINS) {
            Chain chain = CHAINS.get(failure);
            if (chain == null && !(followed instanceof CoroutineMachine)) {
                // The failure of a socket operation or thread job that the coroutine returned: its trace starts here.
                StackTraceElement[] trace = rewrite(failure.getStackTrace());
                failure.setStackTrace(trace);
                CHAINS.put(failure, new Chain(originLength(trace), machine));
            } else if (chain != null && chain.endsWith(followed)) {
                chain.end = new WeakReference<>(machine);
            }
        }
    }

    /**
     * {@code derived} is about to fail with the failure of {@code source}, which it passes on ({@code timeout},
     * {@code noAbort}, {@code all}): a chain that ends with {@code source} now ends with {@code derived}, so the
     * coroutine or {@code await()} that awaits {@code derived} continues the trace (a coroutine's frame was lost
     * there, usertest round 4). Called before {@code derived} fails: what awaits it resumes inside that call.
     *
     * @param source the failed {@code InProgress}
     * @param derived the one that failed with its failure
     * @param failure the failure
     */
    public static void passedOn(InProgress<?> source, InProgress<?> derived, Throwable failure) {
        if (!rewriting) {
            return;
        }
        synchronized (CHAINS) {
            Chain chain = CHAINS.get(failure);
            if (chain != null && chain.endsWith(source)) {
                chain.end = new WeakReference<>(derived);
            }
        }
    }

    /**
     * {@code await()} is about to throw {@code failure}, the failure of {@code ip}: if its chain ends with {@code ip},
     * the trace ends with the frames of the code that called {@code await()}, and the chain is closed.
     *
     * @param ip the awaited {@code InProgress}
     * @param failure its failure
     */
    public static void awaitThrows(InProgress<?> ip, Throwable failure) {
        if (!rewriting) {
            return;
        }
        synchronized (CHAINS) {
            Chain chain = CHAINS.get(failure);
            if (chain == null && !(ip instanceof CoroutineMachine)) {
                startedElsewhere(failure);
                return;
            }
            if (chain == null || !chain.endsWith(ip)) {
                return;
            }
            StackTraceElement[] trace = failure.getStackTrace();
            List<StackTraceElement> frames = new ArrayList<>(Arrays.asList(trace).subList(0,
                    Math.min(chain.kept, trace.length)));
            if (chain.omitted > 0) {
                frames.add(new StackTraceElement(COLLAPSED_CLASS, "omitted", chain.omitted + " more awaiting"
                        + " coroutine" + (chain.omitted == 1 ? "" : "s"), -1));
            }
            frames.addAll(Arrays.asList(rewrite(new Throwable().getStackTrace())));
            failure.setStackTrace(frames.toArray(new StackTraceElement[0]));
            chain.kept = frames.size();
            chain.closed = true;
        }
    }

    /**
     * {@code await()} is about to throw {@code failure}, which no coroutine has passed on: a failure of a thread job, a
     * socket operation or any other {@code InProgress}. Its trace is rewritten and goes on from where it happened
     * with the frames of the code that called {@code await()}: the failure of a thread job then shows where it was
     * awaited (usertest round 9b). Closes the chain, so a second awaiter leaves the trace as it is.
     */
    private static void startedElsewhere(Throwable failure) {
        StackTraceElement[] origin = rewrite(failure.getStackTrace());
        List<StackTraceElement> frames = new ArrayList<>(Arrays.asList(origin).subList(0, originLength(origin)));
        frames.addAll(Arrays.asList(rewrite(new Throwable().getStackTrace())));
        failure.setStackTrace(frames.toArray(new StackTraceElement[0]));
        Chain done = new Chain(frames.size(), null);
        done.closed = true;
        CHAINS.put(failure, done);
    }

    /**
     * The frame of the {@code yield_} in {@code machine}'s body that is running now (the caller of the runtime
     * method that called this), mapped to the user's source; null if there is none.
     */
    private static StackTraceElement callerFrame(CoroutineMachine<?> machine) {
        MachineInfo info = machine.debugInfo();
        if (info == null) {
            return null;
        }
        Class<?> machineClass = machine.getClass();
        StackTraceElement frame = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames ->
                frames.filter(f -> f.getDeclaringClass() == machineClass).findFirst()
                        .map(StackWalker.StackFrame::toStackTraceElement).orElse(null));
        if (frame == null) {
            return null;
        }
        StackTraceElement mapped = map(frame, info);
        return mapped != null ? mapped : frame;
    }

    /**
     * The frames of a trace with machine frames mapped to the user's source, generated plumbing dropped and each run
     * of runtime frames collapsed into one marker frame.
     *
     * @param frames a stack trace
     * @return the rewritten trace
     */
    public static StackTraceElement[] rewrite(StackTraceElement[] frames) {
        List<StackTraceElement> out = new ArrayList<>(frames.length);
        int collapsed = 0;
        for (StackTraceElement frame : frames) {
            String className = frame.getClassName();
            MachineInfo info = MachineInfo.forClass(className);
            StackTraceElement kept = frame;
            if (info != null) {
                int line = info.originalLine(frame.getLineNumber());
                kept = line > 0 ? map(frame, info) : line == 0 ? null : frame;
            } else if (isRuntime(className) || MachineInfo.isGeneratedPlumbing(className)) {
                kept = null;
            }
            if (kept == null) {
                collapsed++;
                continue;
            }
            if (collapsed > 0) {
                out.add(marker(collapsed));
                collapsed = 0;
            }
            out.add(kept);
        }
        if (collapsed > 0) {
            out.add(marker(collapsed));
        }
        return out.toArray(new StackTraceElement[0]);
    }

    /**
     * How many frames of a freshly rewritten trace describe where the failure happened: up to the first marker after
     * some other frame (below it is how the loop came to run that code). A failure made inside the runtime starts
     * with a marker: when user code called the runtime there (a coroutine's unprocessed body calling {@code yield_},
     * a body passing a bad argument), its frames up to the next marker are where it happened too; when the loop ran
     * the runtime's own code (a timeout firing), nothing after the marker is, and the origin is the marker alone.
     */
    private static int originLength(StackTraceElement[] trace) {
        int start = trace.length > 0 && isMarker(trace[0]) ? 1 : 0;
        for (int i = start; i < trace.length; i++) {
            if (isMarker(trace[i])) {
                return i == 0 ? 1 : i;
            }
        }
        return start == 1 ? 1 : trace.length;
    }

    /**
     * Whether {@code frame} is a marker frame that stands for collapsed runtime frames.
     *
     * @param frame a stack frame
     * @return whether it is a marker
     */
    public static boolean isMarker(StackTraceElement frame) {
        return COLLAPSED_CLASS.equals(frame.getClassName());
    }

    private static StackTraceElement marker(int count) {
        return new StackTraceElement(COLLAPSED_CLASS, "collapsed", count + " kaa frame" + (count == 1 ? "" : "s"),
                -1);
    }

    private static StackTraceElement map(StackTraceElement frame, MachineInfo info) {
        int line = info.originalLine(frame.getLineNumber());
        if (line <= 0) {
            return null;
        }
        String method = frame.getMethodName();
        String mapped = method.startsWith("lambda$") ? "lambda$" + info.method() + method.substring(
                method.lastIndexOf('$')) : info.method();
        // No class loader name: the JVM prints none for frames of the application class loader either.
        return new StackTraceElement(null, frame.getModuleName(), frame.getModuleVersion(),
                info.ownerClass(), mapped, info.fileName(), line);
    }

    /** The runtime's classes: packages {@code kaa} and {@code kaa.internal} (not their subpackages). */
    private static boolean isRuntime(String className) {
        if (className.startsWith("kaa.internal.")) {
            return className.indexOf('.', "kaa.internal.".length()) < 0;
        }
        return className.startsWith("kaa.") && className.indexOf('.', "kaa.".length()) < 0;
    }
}
