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
 * there); resumption is claimed by compare-and-set, so a suspension is resumed exactly once even when the awaited
 * object finishes on another thread while the coroutine is suspending, or an abort races with a resumption.
 *
 * <p>Suspending publishes {@code waiting} with a release store only: the operation that hands the machine to
 * whoever resumes it comes right after and publishes it — the compare-and-set that registers the machine as a
 * listener (a finishing thread can call {@link #onDone} only after it swapped that listener out), or the run queue,
 * post queue or timer heap that a time slice goes through (only the loop thread runs them). The claims themselves
 * ({@code onDone}, {@link #run()}, an abort) stay atomic read-modify-writes, because in an undriven notifier an abort
 * or a finish may come from any thread.
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
     * release stores when suspending (see the class description), claimed back to RUNNING by compare-and-set or
     * get-and-set only.
     */
    private volatile int waiting;
    /** The awaited (or followed) object: set when suspending, read and cleared by {@link #awaitedValue()}. */
    private InProgress<?> awaited;
    /** Set by an abort; thrown into the body once, at the next resumption ({@code abortDelivered} then). */
    private InProgressAbortedException abortReason;
    private boolean abortDelivered;
    private long intervalNanos;
    private TimerHandle sliceTimer;
    /**
     * Whether a policy's bookkeeping ({@link InvocationQueue}, {@link LatestInvocation}) listens to this machine: that
     * listener does not count as someone waiting for it when an abort decides whether to abort it too.
     */
    private boolean bookkept;

    /** A machine whose time slices are {@code interval} {@code unit}s apart. */
    protected CoroutineMachine(long interval, TimeUnit unit) {
        this.intervalNanos = unit.toNanos(interval);
    }

    /** Runs the first step of the body synchronously and returns this, the caller's {@code InProgress}. */
    public final CoroutineMachine<T> start() {
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
     */
    protected abstract void resume() throws Throwable;

    /** Drops the references the machine holds once the body has completed (generated: clears hoisted fields). */
    protected void clearFields() {}

    // ------------------------------------------------------------------------------------------ called by the body

    /**
     * Suspends on {@code ip}, to resume at label {@code resumeAt}: returns true if the body must return now (it is
     * resumed when {@code ip} finishes), or false if {@code ip} has finished already and the body continues at once.
     * The label is set here, after {@code ip} was evaluated, so an exception while evaluating it is still handled
     * as thrown by the state that evaluated it.
     */
    protected final boolean await(InProgress<?> ip, int resumeAt) {
        Objects.requireNonNull(ip, "yield_(null): the awaited InProgress is null");
        label = resumeAt;
        awaited = ip;
        if (abortReason != null) {
            return abortDelivered;
        }
        if (ip.isFinished()) {
            if (intervalNanos > 0) {
                scheduleSlice();
                return true;
            }
            return false;
        }
        // Release only: addListener's compare-and-set, which a finishing thread must see first, publishes it.
        WAITING.setRelease(this, AWAITING);
        ip.addListener(this);
        return true;
    }

    /**
     * The value of the {@code InProgress} the body awaited, read once where the body resumes; throws its failure
     * (unwrapped, the same object) or an injected abort instead.
     */
    @SuppressWarnings("unchecked")
    protected final <V> V awaitedValue() throws Throwable {
        InProgress<?> ip = awaited;
        awaited = null;
        throwIfAborted();
        Throwable failure = ip.exception();
        if (failure != null) {
            throw failure;
        }
        return (V) ip.result();
    }

    /**
     * Gives up the rest of this time slice, to resume at label {@code resumeAt}: returns true if the body must return
     * now (it resumes on a later notifier iteration), false if it continues at once (an abort is waiting to be thrown
     * there).
     */
    protected final boolean yieldSlice(int resumeAt) {
        label = resumeAt;
        if (abortReason != null) {
            return abortDelivered;
        }
        scheduleSlice();
        return true;
    }

    /** Where the body resumes after {@link #yieldSlice()}: throws an injected abort. */
    protected final void resumedFromSlice() {
        throwIfAborted();
    }

    /** Completes the body with {@code value} (a {@code return done(value)}). */
    protected final void returnWith(T value) {
        clearFields();
        if (abortReason != null) {
            tryFail(abortReason);
        } else {
            tryFinish(value);
        }
    }

    /** Completes the body with whatever {@code ip} finishes with (a {@code return ip}). */
    protected final void returnFrom(InProgress<? extends T> ip) {
        clearFields();
        if (abortReason != null) {
            tryFail(abortReason);
        } else if (ip.isFinished()) {
            completeFrom(ip);
        } else {
            awaited = ip;
            WAITING.setRelease(this, FOLLOWING);
            ip.addListener(this);
        }
    }

    // ------------------------------------------------------------------------------------------ resumption

    @Override
    public final void onDone(InProgress<?> source) {
        if (source != awaited) {
            return;
        }
        // Read first, then attempt only the transition that can succeed: one atomic instruction, not two.
        int w = waiting;
        if (w == AWAITING) {
            if (WAITING.compareAndSet(this, AWAITING, RUNNING)) {
                if (intervalNanos > 0) {
                    scheduleSlice();
                } else {
                    step();
                }
            }
        } else if (w == FOLLOWING && WAITING.compareAndSet(this, FOLLOWING, RUNNING)) {
            awaited = null;
            completeFrom(source);
        }
    }

    /** The next time slice has come (queued on the notifier or fired by a timer). */
    @Override
    public final void run() {
        if (WAITING.compareAndSet(this, SLICE, RUNNING)) {
            sliceTimer = null;
            step();
        }
    }

    private void scheduleSlice() {
        // Release only: the run queue (same thread), the post queue or the timer hand-off publishes it.
        WAITING.setRelease(this, SLICE);
        Notifier notifier = Main.notifier();
        if (intervalNanos == 0) {
            notifier.enqueue(this);
        } else {
            sliceTimer = notifier.schedule(intervalNanos, this);
        }
    }

    private void step() {
        try {
            resume();
        } catch (Throwable failure) {
            clearFields();
            tryFail(failure);
            return;
        }
        if (abortReason != null && !isFinished()) {
            suspendedAfterAbort();
        }
    }

    @SuppressWarnings("unchecked")
    private void completeFrom(InProgress<?> source) {
        Throwable failure = source.exception();
        if (failure != null) {
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
        Notifier notifier = Main.notifier();
        if (notifier.isDriven() && !notifier.isLoopThread()) {
            notifier.post(() -> abortCascade(this, reason));
        } else {
            abortCascade(this, reason);
        }
        return true;
    }

    /**
     * Aborts {@code top} and, level by level, the coroutine each aborted level awaits when nothing else listens to
     * it — without recursion, so a chain of 100 000 nested coroutines is aborted on a constant stack.
     *
     * <p>It does what one recursive {@code abortHere} per level did, in the same order: walking down, each level
     * records the abort, emits its abort signal, claims its suspension and stops listening to what it awaits (which
     * is aborted too if nobody else listens: an {@code InProgress} that is not a machine at once, a machine as the
     * next level); then, innermost level first, each level is resumed with the abort thrown into its body (so its
     * {@code catch}/{@code finally} run once, inner ones before outer ones) or, if it was following, fails.
     */
    private static void abortCascade(CoroutineMachine<?> top, InProgressAbortedException reason) {
        // The levels to resume, outermost first, and the state each one was claimed from.
        ArrayList<CoroutineMachine<?>> levels = null;
        int[] claimed = null;
        CoroutineMachine<?> first = null;
        int firstClaimed = RUNNING;
        int count = 0;

        CoroutineMachine<?> level = top;
        while (level != null) {
            CoroutineMachine<?> machine = level;
            level = null;
            if (machine.isFinished() || machine.abortReason != null) {
                break;
            }
            machine.abortReason = reason;
            machine.abortSignal().emit(reason);
            int was = (int) WAITING.getAndSet(machine, RUNNING);
            if (was == RUNNING) {
                // The body is running (something it called aborted it): its next yield_ throws the abort.
                break;
            }
            if (was == AWAITING || was == FOLLOWING) {
                level = machine.abandonAwaited(reason);
            }
            if (count == 0) {
                first = machine;
                firstClaimed = was;
            } else {
                if (levels == null) {
                    levels = new ArrayList<>();
                    levels.add(first);
                    claimed = new int[16];
                    claimed[0] = firstClaimed;
                }
                if (count == claimed.length) {
                    claimed = Arrays.copyOf(claimed, count * 2);
                }
                levels.add(machine);
                claimed[count] = was;
            }
            count++;
        }

        for (int i = count - 1; i >= 0; i--) {
            CoroutineMachine<?> machine = levels == null ? first : levels.get(i);
            int was = levels == null ? firstClaimed : claimed[i];
            if (levels != null) {
                levels.set(i, null); // resumed levels may be collected while the outer ones resume
            }
            machine.resumeAborted(was, reason);
        }
    }

    /**
     * Stops listening to the awaited (or followed) object and aborts it if nothing else listens to it. Returns it
     * when it is a machine to abort as the next level of the cascade (the caller does that), else null.
     */
    private CoroutineMachine<?> abandonAwaited(InProgressAbortedException reason) {
        InProgress<?> ip = awaited;
        if (ip.removeListener(this) && listenersBesidesBookkeeping(ip) == 0 && !ip.isFinished()) {
            if (ip instanceof CoroutineMachine) {
                // What CoroutineMachine.abort(reason) does, except that the caller aborts it in its own loop.
                Notifier notifier = Main.notifier();
                if (!notifier.isDriven() || notifier.isLoopThread()) {
                    return (CoroutineMachine<?>) ip;
                }
            }
            ip.abort(reason);
        }
        return null;
    }

    private static int listenersBesidesBookkeeping(InProgress<?> ip) {
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

    /** The body caught the abort and suspended again: undo the suspension, end failed, and say so loudly. */
    private void suspendedAfterAbort() {
        int was = (int) WAITING.getAndSet(this, RUNNING);
        if (was == AWAITING || was == FOLLOWING) {
            awaited.removeListener(this);
        } else if (was == SLICE) {
            cancelSliceTimer();
        }
        awaited = null;
        clearFields();
        tryFail(abortReason);
        Main.notifier().reportException(new IllegalStateException(
                "an aborted coroutine suspended again (it caught InProgressAbortedException and reached another"
                        + " yield_); it has been ended failed: " + this,
                abortReason));
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
