package kaa.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import kaa.CoroutineInProgress;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.Notifier;
import kaa.TimerHandle;

/**
 * The base class of every generated coroutine state machine. One object is the whole coroutine: it holds the body's
 * hoisted variables, it is the {@link CoroutineInProgress} the caller receives, and it is the {@link Listener} it
 * registers on what it awaits and the {@link Runnable} it queues for its next time slice.
 *
 * <p>The generated {@link #resume()} is a loop around {@code switch (label)}; each {@code yield_} stores the label to
 * continue at and calls one of the suspending methods here:
 * <pre>{@code
 * if (await(socket.read(), 4)) {       // label = 4; suspended: return
 *     return;
 * }
 * continue dispatch;                  // finished already: go on in the same call
 * case 4:
 * byte[] data = awaitedValue();       // the value, or the failure thrown here
 * }</pre>
 *
 * <p>Thread rule: the body runs on the notifier thread whenever the notifier is driven (callbacks are delivered
 * there). Each suspension is resumed exactly once, by whoever claims it (docs/resumption.md):
 * <ul>
 *   <li>awaiting or following an {@code InProgress}: the one that takes the machine out of its listeners — the
 *       finishing {@code complete()}, which then calls {@link #onDone}, or an abort's {@code removeListener}. The
 *       {@code InProgress}'s own compare-and-set decides, so {@code onDone} needs none;</li>
 *   <li>a time slice: the loop thread, which alone runs {@link #run()}; an abort claims a slice on the loop thread,
 *       or while nobody drives the loop through {@code Notifier.tryRunOnLoop}, which keeps a driver out meanwhile;</li>
 *   <li>queued behind another invocation: a compare-and-set (a rare path).</li>
 * </ul>
 * Suspending publishes {@code waiting} with a release store: the operation that hands the machine to whoever resumes
 * it comes right after and publishes it (the listener registration, or the run queue, post queue or timer heap).
 *
 * @param <T> the coroutine's result type
 */
public abstract class CoroutineMachine<T> extends CoroutineInProgress<T> implements Listener, Runnable {
    private static final int RUNNING = 0;
    private static final int AWAITING = 1;
    private static final int SLICE = 2;
    private static final int FOLLOWING = 3;
    /** Created but not started: queued behind another invocation by {@link InvocationQueue}. */
    private static final int QUEUED = 4;
    /** Not a state: what claiming a time slice for an abort returns when only the thread driving the loop may. */
    private static final int NEEDS_LOOP = -1;
    private static final VarHandle WAITING;

    static {
        try {
            WAITING = MethodHandles.lookup().findVarHandle(CoroutineMachine.class, "waiting", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Where {@link #resume()} continues; written by generated code before each suspension. */
    protected int label;

    /**
     * What the body waits for: RUNNING, AWAITING, SLICE, FOLLOWING, or QUEUED before its body was entered. Set with
     * release stores when suspending, and back to RUNNING by whoever claimed the suspension (see the class
     * description): a plain store, except from QUEUED.
     */
    private volatile int waiting;
    /** The awaited (or followed) object: set when suspending, read and cleared by {@link #awaitedValue()}. */
    private InProgress<?> awaited;
    /**
     * Set by an abort; thrown into the body once, at its next {@code yield_} or resumption ({@code abortDelivered}
     * then). Volatile: an abort on another thread that finds the body running leaves the delivery to the body.
     */
    private volatile InProgressAbortedException abortReason;
    private boolean abortDelivered;
    private long intervalNanos;
    private TimerHandle sliceTimer;
    /**
     * Whether a policy's bookkeeping ({@link InvocationQueue}, {@link LatestInvocation}) listens to this machine: that
     * listener does not count as someone waiting for it when an abort decides whether to abort it too.
     */
    private boolean bookkept;

    /**
     * A machine whose time slices are {@code interval} {@code unit}s apart.
     *
     * @param interval the {@code @Coroutine} interval
     * @param unit its unit
     */
    protected CoroutineMachine(long interval, TimeUnit unit) {
        this.intervalNanos = unit.toNanos(interval);
    }

    /**
     * Runs the first step of the body synchronously and returns this, the caller's {@code InProgress}.
     *
     * @return this machine
     */
    public final CoroutineMachine<T> start() {
        if (CoroutineProbes.ENABLED) {
            CoroutineProbes.created(this);
        }
        step();
        return this;
    }

    /** Called before a policy's bookkeeping registers as a listener of this machine (see {@code bookkept}). */
    final void markBookkept() {
        bookkept = true;
    }

    /**
     * Marks a machine that is not started yet as queued (before another thread can see it): an abort then fails it
     * without entering the body, and {@link #startQueued()} enters the body only if it was not aborted.
     */
    final void markQueued() {
        if (CoroutineProbes.ENABLED) {
            CoroutineProbes.created(this);
        }
        WAITING.setRelease(this, QUEUED);
    }

    /** Runs the first step of a {@linkplain #markQueued() queued} machine, unless it was aborted while queued. */
    final void startQueued() {
        if (WAITING.compareAndSet(this, QUEUED, RUNNING)) {
            step();
        }
    }

    /**
     * The generated body: runs from {@link #label} until the body suspends (returns after a suspending call
     * returned true) or completes (returns after {@link #returnWith} or {@link #returnFrom}). An exception that
     * escapes fails the coroutine.
     *
     * @throws Throwable whatever the body throws; it fails the coroutine
     */
    protected abstract void resume() throws Throwable;

    /** Drops the references the machine holds once the body has completed (generated: clears hoisted fields). */
    protected void clearFields() {}

    /**
     * The descriptor of this machine's class: the user's method and source, for stack traces, dumps and
     * {@link #toString()} (generated: a constant of the machine class).
     *
     * @return the descriptor, or null for a machine generated without one
     */
    protected MachineInfo debugInfo() {
        return null;
    }

    // ------------------------------------------------------------------------------------------ called by the body

    /**
     * Suspends on {@code ip}, to resume at label {@code resumeAt}: returns true if the body must return now (it is
     * resumed when {@code ip} finishes), or false if {@code ip} has finished already and the body continues at once.
     * The label is set here, after {@code ip} was evaluated, so an exception while evaluating it is still handled
     * as thrown by the state that evaluated it.
     *
     * @param ip the awaited {@code InProgress}
     * @param resumeAt the label to resume at
     * @return whether the body must return now
     */
    protected final boolean await(InProgress<?> ip, int resumeAt) {
        Objects.requireNonNull(ip, "yield_(null): the awaited InProgress is null");
        label = resumeAt;
        awaited = ip;
        if (abortReason != null) {
            return suspendingAfterAbort();
        }
        if (ip.isFinished()) {
            if (intervalNanos > 0) {
                scheduleSlice();
                return true;
            }
            return false;
        }
        if (CoroutineProbes.ENABLED) {
            CoroutineProbes.suspended(this);
        }
        // Release only: addListener's compare-and-set, which a finishing thread must see first, publishes it.
        WAITING.setRelease(this, AWAITING);
        RuntimeAccess.addListener(ip, this);
        return !abortedWhileSuspending(ip);
    }

    /**
     * The second look at {@code abortReason}, after registering on {@code ip}: an abort on another thread that found
     * the body still running left the delivery to it. Takes the registration back and continues (the awaited value
     * then throws the abort) if it still can; otherwise whoever took it resumes the body, which throws it there.
     */
    private boolean abortedWhileSuspending(InProgress<?> ip) {
        InProgressAbortedException reason = abortReason;
        if (reason == null || !RuntimeAccess.removeListener(ip, this)) {
            return false;
        }
        WAITING.set(this, RUNNING);
        if (listenersBesidesBookkeeping(ip) == 0 && !ip.isFinished()) {
            ip.abort(reason);
        }
        return true;
    }

    /**
     * The value of the {@code InProgress} the body awaited, read once where the body resumes; throws its failure
     * (unwrapped, the same object) or an injected abort instead.
     *
     * @param <V> the value type the body expects
     * @return the awaited value
     * @throws Throwable the awaited failure, or the abort
     */
    @SuppressWarnings("unchecked")
    protected final <V> V awaitedValue() throws Throwable {
        InProgress<?> ip = awaited;
        awaited = null;
        throwIfAborted();
        Throwable failure = ip.exception();
        if (failure != null) {
            CoroutineTraces.thrownInto(this, ip, failure);
            throw failure;
        }
        return (V) ip.result();
    }

    /**
     * Gives up the rest of this time slice, to resume at label {@code resumeAt}: returns true if the body must return
     * now (it resumes on a later notifier iteration), false if it continues at once (an abort is waiting to be thrown
     * there).
     *
     * @param resumeAt the label to resume at
     * @return whether the body must return now
     */
    protected final boolean yieldSlice(int resumeAt) {
        label = resumeAt;
        if (abortReason != null) {
            return suspendingAfterAbort();
        }
        scheduleSlice();
        return true;
    }

    /**
     * A {@code yield_} with an abort recorded: continue (false), so that the {@code yield_} throws it; or, when it was
     * thrown already — the body caught it and suspends again — end the coroutine failed now, without publishing a
     * suspension, and return true (the body returns).
     */
    private boolean suspendingAfterAbort() {
        if (!abortDelivered) {
            return false;
        }
        awaited = null;
        clearFields();
        tryFail(abortReason);
        Main.notifier().reportException(new IllegalStateException(
                "an aborted coroutine suspended again (it caught InProgressAbortedException and reached another"
                        + " yield_); it has been ended failed: " + this,
                abortReason));
        return true;
    }

    /** Where the body resumes after {@link #yieldSlice(int)}: throws an injected abort. */
    protected final void resumedFromSlice() {
        throwIfAborted();
    }

    /**
     * Completes the body with {@code value} (a {@code return done(value)}).
     *
     * @param value the result
     */
    protected final void returnWith(T value) {
        clearFields();
        if (abortReason != null) {
            tryFail(abortReason);
        } else {
            tryFinish(value);
        }
    }

    /**
     * Completes the body with whatever {@code ip} finishes with (a {@code return ip}).
     *
     * @param ip the {@code InProgress} to follow
     */
    protected final void returnFrom(InProgress<? extends T> ip) {
        clearFields();
        if (ip == null) {
            MachineInfo info = debugInfo();
            NullPointerException failure = new NullPointerException("the @Coroutine " + (info == null
                    ? getClass().getName() : info.displayName()) + " returned null instead of done(value) or an"
                    + " InProgress to follow");
            CoroutineTraces.leftBody(this, failure);
            tryFail(failure); // not thrown: the body's own catch blocks would see it
        } else if (abortReason != null) {
            tryFail(abortReason);
        } else if (ip.isFinished()) {
            completeFrom(ip);
        } else {
            awaited = ip;
            if (CoroutineProbes.ENABLED) {
                CoroutineProbes.suspended(this);
            }
            WAITING.setRelease(this, FOLLOWING);
            RuntimeAccess.addListener(ip, this);
            if (abortedWhileSuspending(ip)) {
                awaited = null;
                tryFail(abortReason);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ resumption

    /**
     * The awaited (or followed) object finished. Called once per registration, by the one that took this machine out
     * of its listeners — which claimed the resumption: no atomic instruction here.
     */
    @Override
    public final void onDone(InProgress<?> source) {
        if (source != awaited) {
            return;
        }
        int w = waiting;
        if (w == AWAITING) {
            WAITING.set(this, RUNNING);
            if (intervalNanos > 0) {
                scheduleSlice();
            } else {
                step();
            }
        } else if (w == FOLLOWING) {
            WAITING.set(this, RUNNING);
            awaited = null;
            InProgressAbortedException reason = abortReason;
            if (reason != null) {
                tryFail(reason); // aborted while the followed object was finishing: an aborted coroutine fails
            } else {
                completeFrom(source);
            }
        }
    }

    /**
     * The next time slice has come (queued on the notifier or fired by a timer). Only the loop thread calls it, and
     * an abort takes a slice back only on the loop thread or while no thread drives the loop: no atomic instruction.
     */
    @Override
    public final void run() {
        if (waiting == SLICE) {
            WAITING.set(this, RUNNING);
            sliceTimer = null;
            step();
        }
    }

    private void scheduleSlice() {
        if (CoroutineProbes.ENABLED) {
            CoroutineProbes.suspended(this);
        }
        // Release only: the run queue (same thread), the post queue or the timer hand-off publishes it.
        WAITING.setRelease(this, SLICE);
        Notifier notifier = Main.notifier();
        if (intervalNanos == 0) {
            notifier.enqueue(this);
        } else {
            sliceTimer = notifier.schedule(intervalNanos, this);
        }
    }

    /** Runs the body until it suspends or completes; once it has suspended, another thread may own it. */
    private void step() {
        try {
            resume();
        } catch (Throwable failure) {
            CoroutineTraces.leftBody(this, failure);
            clearFields();
            tryFail(failure);
        }
    }

    @SuppressWarnings("unchecked")
    private void completeFrom(InProgress<?> source) {
        Throwable failure = source.exception();
        if (failure != null) {
            CoroutineTraces.followed(this, source, failure);
            tryFail(failure);
        } else {
            tryFinish((T) source.result());
        }
    }

    private void throwIfAborted() {
        if (abortReason != null && !abortDelivered) {
            abortDelivered = true;
            throw abortReason;
        }
    }

    // ------------------------------------------------------------------------------------------ abort, interval

    @Override
    public final boolean abort(InProgressAbortedException reason) {
        Objects.requireNonNull(reason, "reason");
        if (isFinished()) {
            return false;
        }
        // Whoever aborted knows: a body that lets the abort through is not reported (a timeout that aborted a
        // coroutine suspended at yield_() was, usertest round 4 finding 03).
        RuntimeAccess.markDelivered(reason);
        AbortCascade cascade = new AbortCascade(this, reason);
        Notifier notifier = Main.notifier();
        if (notifier.isDriven() && !notifier.isLoopThread()) {
            notifier.post(cascade);
        } else {
            cascade.run();
        }
        return true;
    }

    /**
     * An abort of one coroutine and, level by level, of the coroutine each aborted level awaits when nothing else
     * listens to it — without recursion, so a chain of 100 000 nested coroutines is aborted on a constant stack.
     *
     * <p>Walking down, each level records the abort, emits its abort signal and claims its suspension (see the class
     * description); what it awaited is aborted too if nothing else listens to it — an {@code InProgress} that is not a
     * machine at once, a machine as the next level. Then, innermost level first, each claimed level is resumed with the
     * abort thrown into its body (so its {@code catch}/{@code finally} run once, inner ones before outer ones) or, if
     * it was following, fails. A level whose suspension someone else claimed first (its awaited object finishing on
     * another thread) or whose body is running keeps the recorded abort: its body throws it where it resumes.
     *
     * <p>It runs on the loop thread, or on the aborting thread while no thread drives the loop. If, there, it finds a
     * time slice to take back but a thread has started driving the loop meanwhile, it moves to that thread (posts
     * itself) and goes on there.
     */
    private static final class AbortCascade implements Runnable {
        private final InProgressAbortedException reason;
        /** The claimed levels, outermost first, and the state each one was claimed from. */
        private final ArrayList<CoroutineMachine<?>> levels = new ArrayList<>(2);
        private int[] claimed = new int[2];
        /** The level to abort next, and whether its abort was recorded already (before the cascade moved). */
        private CoroutineMachine<?> next;
        private boolean nextRecorded;

        AbortCascade(CoroutineMachine<?> top, InProgressAbortedException reason) {
            this.next = top;
            this.reason = reason;
        }

        @Override
        public void run() {
            if (walkDown()) {
                for (int i = levels.size() - 1; i >= 0; i--) {
                    CoroutineMachine<?> machine = levels.set(i, null); // resumed levels may be collected meanwhile
                    machine.resumeAborted(claimed[i], reason);
                }
            }
        }

        /** Claims the levels; false if the cascade moved to the loop thread to go on there. */
        private boolean walkDown() {
            while (next != null) {
                CoroutineMachine<?> machine = next;
                next = null;
                if (machine.isFinished()) {
                    break;
                }
                if (!nextRecorded) {
                    if (machine.abortReason != null) {
                        break; // aborted already: that abort goes on with it
                    }
                    machine.abortReason = reason;
                    machine.abortSignal().emit(reason);
                }
                nextRecorded = false;
                int was = machine.claimForAbort();
                if (was == NEEDS_LOOP) {
                    next = machine;
                    nextRecorded = true;
                    Main.notifier().post(this);
                    return false;
                }
                if (was == RUNNING) {
                    break;
                }
                if (was == AWAITING || was == FOLLOWING) {
                    next = machine.abandonAwaited(reason);
                }
                if (levels.size() == claimed.length) {
                    claimed = Arrays.copyOf(claimed, claimed.length * 2);
                }
                claimed[levels.size()] = was;
                levels.add(machine);
            }
            return true;
        }
    }

    /**
     * Takes this machine's suspension for an abort: returns the state it was suspended in, RUNNING if it is not
     * suspended or someone else has claimed the resumption already (its awaited object finishing), or NEEDS_LOOP for
     * a time slice that only the thread now driving the loop may take.
     */
    private int claimForAbort() {
        int w = waiting;
        switch (w) {
            case AWAITING:
            case FOLLOWING:
                InProgress<?> ip = awaited;
                if (ip != null && RuntimeAccess.removeListener(ip, this)) {
                    WAITING.set(this, RUNNING);
                    return w;
                }
                return RUNNING;
            case SLICE:
                int[] taken = {RUNNING};
                boolean ran = RuntimeAccess.tryRunOnLoop(Main.notifier(), () -> taken[0] = takeSlice());
                return ran ? taken[0] : NEEDS_LOOP;
            case QUEUED:
                return WAITING.compareAndSet(this, QUEUED, RUNNING) ? QUEUED : RUNNING;
            default:
                return RUNNING;
        }
    }

    /** On the loop thread (or holding the undriven loop): takes a queued time slice, so that {@link #run()} skips it. */
    private int takeSlice() {
        if (waiting != SLICE) {
            return RUNNING;
        }
        WAITING.set(this, RUNNING);
        return SLICE;
    }

    /**
     * After the abort took this machine off the listeners of what it awaited (or followed): aborts that too if nothing
     * else listens to it. Returns it when it is a machine, to abort as the next level of the cascade, else null.
     */
    private CoroutineMachine<?> abandonAwaited(InProgressAbortedException reason) {
        InProgress<?> ip = awaited;
        if (listenersBesidesBookkeeping(ip) == 0 && !ip.isFinished()) {
            if (ip instanceof CoroutineMachine) {
                return (CoroutineMachine<?>) ip;
            }
            ip.abort(reason);
        }
        return null;
    }

    /**
     * How many wait for {@code ip} to finish, not counting a policy's own bookkeeping on a machine: 0 means an abort of
     * what awaited it may abort it too.
     *
     * @param ip the object awaited
     * @return its listeners besides the bookkeeping
     */
    public static int listenersBesidesBookkeeping(InProgress<?> ip) {
        int count = ip.listenerCount();
        return ip instanceof CoroutineMachine && ((CoroutineMachine<?>) ip).bookkept ? count - 1 : count;
    }

    /** The second half of an abort, once the levels below were aborted: resume the body or end failed. */
    private void resumeAborted(int was, InProgressAbortedException reason) {
        switch (was) {
            case AWAITING:
                step();
                break;
            case FOLLOWING:
                awaited = null;
                tryFail(reason);
                break;
            case SLICE:
                cancelSliceTimer();
                step();
                break;
            case QUEUED:
                // Never entered: no catch or finally to run.
                clearFields();
                tryFail(reason);
                break;
            default:
                break;
        }
    }

    private void cancelSliceTimer() {
        TimerHandle timer = sliceTimer;
        sliceTimer = null;
        if (timer != null) {
            timer.cancel();
        }
    }

    // ------------------------------------------------------------------------------------------ debugging

    /**
     * One line on this coroutine for a person debugging it: its method and where it is, as
     * {@code Fetcher.fetchPage[suspended at Fetcher.java:15 awaiting thread job Fetcher.load, 1.2 s]} (the time since
     * it suspended only with the registry of live coroutines on; see {@link CoroutineProbes}).
     */
    @Override
    public String toString() {
        MachineInfo info = debugInfo();
        String plain = super.toString();
        if (info == null) {
            return plain;
        }
        if (isFinished()) {
            return info.displayName() + plain.substring(plain.indexOf('['));
        }
        StringBuilder text = new StringBuilder(info.displayName()).append('[');
        int w = waiting;
        InProgress<?> target = awaited;
        switch (w) {
            case AWAITING -> text.append("suspended at ").append(where(info)).append(" awaiting ")
                    .append(describe(target));
            case SLICE -> text.append("suspended at ").append(where(info)).append(" until its next time slice");
            case FOLLOWING -> text.append("returned ").append(describe(target)).append(", which is running");
            case QUEUED -> text.append("queued behind earlier invocations (its policy's queue)");
            default -> text.append("running");
        }
        if (w != RUNNING && CoroutineProbes.ENABLED) {
            long nanos = CoroutineProbes.nanosSinceSuspended(this);
            if (nanos >= 0) {
                text.append(", ").append(String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9));
            }
        }
        return text.append(']').toString();
    }

    private String where(MachineInfo info) {
        int line = info.stateLine(label);
        return line > 0 ? info.fileName() + ":" + line : info.fileName();
    }

    private static String describe(InProgress<?> target) {
        if (target instanceof CoroutineMachine) {
            MachineInfo info = ((CoroutineMachine<?>) target).debugInfo();
            if (info != null) {
                return "coroutine " + info.displayName();
            }
        }
        if (target instanceof Described described) {
            return described.description();
        }
        return String.valueOf(target);
    }

    @Override
    public final Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }

    @Override
    public final void setInterval(Duration interval) {
        long nanos = interval.toNanos();
        if (nanos < 0) {
            throw new IllegalArgumentException("negative interval: " + interval);
        }
        intervalNanos = nanos;
        TimerHandle timer = sliceTimer;
        if (timer != null && timer.cancel()) {
            sliceTimer = Main.notifier().schedule(nanos, this);
        }
    }
}
