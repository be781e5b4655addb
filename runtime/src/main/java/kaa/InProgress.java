package kaa;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import kaa.internal.CoroutineMachine;
import kaa.internal.CoroutineTraces;
import kaa.internal.Described;
import kaa.internal.Listener;
import kaa.internal.NamedInProgress;
import kaa.internal.RuntimeAccess;
import kaa.internal.Trampoline;
import kaa.internal.UnobservedFailures;

/**
 * The result of an asynchronous operation that may not have happened yet: finished once, with a value or a
 * failure, and observable through callbacks, {@code yield_} in a coroutine, or {@link #await()}.
 *
 * <h2>Threads</h2>
 * An {@code InProgress} may be finished from any thread, and callbacks may be connected from any thread. Callbacks
 * run on the notifier thread whenever some thread drives the notifier ({@link Main#run()}, {@link Main#step()} or
 * {@link #await()}): finishing from another thread then posts the callbacks to the notifier. When no thread drives
 * the notifier, callbacks run synchronously on the thread that finishes. Connecting to an {@code InProgress} that is
 * already finished runs the callback at once, on the connecting thread.
 *
 * <h2>Failures</h2>
 * A failure is observed when someone connects a failure callback ({@link #connectBoth}), awaits it (in a coroutine or
 * with {@link #await()}), or reads {@link #exception()} or {@link #result()}. A failure that nobody observed is
 * logged (logger {@code kaa}) when the {@code InProgress} is garbage-collected, so errors are never silently lost.
 * Aborts are not reported that way: whoever aborted already knows.
 *
 * <p>{@link #result()} and {@link #await()} throw a failure as it is when it is unchecked; a checked failure is
 * wrapped in a {@link CompletionException} whose cause it is. Inside a coroutine, {@code yield_} throws the failure
 * itself, never wrapped.
 *
 * @param <T> the type of the value it finishes with
 */
public class InProgress<T> {
    /*
     * All of the state is one field, changed by compare-and-set:
     *   null          pending, nobody listening
     *   Listener      pending, one listener (a waiting coroutine is its own listener: no allocation)
     *   ListenerList  pending, several listeners
     *   Failure       failed
     *   Boxed         finished with a value that could be mistaken for one of the above, or null
     *   anything else finished with that value
     */
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(InProgress.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static {
        RuntimeAccess.install(new RuntimeAccess.InProgressAccess() {
            @Override
            public void addListener(InProgress<?> ip, Listener listener) {
                ip.addListener(listener);
            }

            @Override
            public boolean removeListener(InProgress<?> ip, Listener listener) {
                return ip.removeListener(listener);
            }

            @Override
            public void markDelivered(InProgressAbortedException reason) {
                reason.delivered = true;
            }
        });
    }

    private volatile Object state;
    private volatile Signal<InProgressAbortedException> abortSignal;

    /** A new, unfinished {@code InProgress}; the producer finishes it with {@link #finish} or {@link #fail}. */
    public InProgress() {}

    /**
     * An {@code InProgress} already finished with {@code value}.
     *
     * @param value the value
     * @param <T> the value type
     * @return a finished {@code InProgress}
     */
    public static <T> InProgress<T> finished(T value) {
        InProgress<T> ip = new InProgress<>();
        // A plain store: nobody else can see the object yet (a volatile store would cost a full fence here).
        STATE.set(ip, encode(value));
        return ip;
    }

    /**
     * An {@code InProgress} already failed with {@code failure}.
     *
     * @param failure the failure
     * @param <T> the value type
     * @return a failed {@code InProgress}
     */
    public static <T> InProgress<T> failed(Throwable failure) {
        InProgress<T> ip = new InProgress<>();
        ip.fail(failure);
        return ip;
    }

    // ---------------------------------------------------------------------------------------------------- producing

    /**
     * Finishes with {@code value} and runs the callbacks.
     *
     * @param value the value
     * @throws IllegalStateException if it has already finished or failed
     */
    public void finish(T value) {
        if (!tryFinish(value)) {
            throw new IllegalStateException("InProgress already finished: " + this);
        }
    }

    /**
     * Fails with {@code failure} and runs the callbacks.
     *
     * @param failure the failure
     * @throws IllegalStateException if it has already finished or failed
     */
    public void fail(Throwable failure) {
        if (!tryFail(failure)) {
            throw new IllegalStateException("InProgress already finished: " + this, failure);
        }
    }

    /**
     * Finishes with {@code value} unless already finished; returns whether this call finished it.
     *
     * @param value the value
     * @return whether this call finished it
     */
    public boolean tryFinish(T value) {
        return complete(encode(value));
    }

    /**
     * Fails with {@code failure} unless already finished; returns whether this call failed it.
     *
     * @param failure the failure
     * @return whether this call failed it
     */
    public boolean tryFail(Throwable failure) {
        return fail(failure, false);
    }

    /**
     * Fails unless already finished; {@code timedOut} reports the failure when nobody looks at it even if it was also
     * delivered as an abort (the {@code InProgress} of {@link #timeout} itself).
     */
    private boolean fail(Throwable failure, boolean timedOut) {
        Failure outcome = new Failure(Objects.requireNonNull(failure, "failure"));
        if (!complete(outcome)) {
            return false;
        }
        // Aborts are not reported (whoever aborted knows); a timeout is, when nobody looks at it, but not where it
        // arrived as an abort (abortOnTimeout: the original operation and what it awaited).
        boolean anAbort = !timedOut && failure instanceof InProgressAbortedException abort
                && (abort.delivered || !(failure instanceof InProgressTimeoutException));
        if (!outcome.observed && !anAbort) {
            UnobservedFailures.Watch watch = UnobservedFailures.watch(this, failure);
            outcome.watch = watch;
            if (outcome.observed) {
                watch.observed(); // observed while the watch was being made
            }
        }
        return true;
    }

    /**
     * Aborts the operation: emits {@link #abortSignal()} so the producer can stop its work, then fails with an
     * {@link InProgressAbortedException} unless a signal handler finished it first.
     *
     * @return whether it was unfinished when called (false: nothing to abort)
     */
    public boolean abort() {
        return abort(new InProgressAbortedException("aborted"));
    }

    /**
     * Aborts with the given exception; see {@link #abort()}.
     *
     * @param reason the exception it fails with, emitted on the abort signal first
     * @return whether it was unfinished when called
     */
    public boolean abort(InProgressAbortedException reason) {
        Objects.requireNonNull(reason, "reason");
        if (isFinished()) {
            return false;
        }
        reason.delivered = true;
        Signal<InProgressAbortedException> signal = abortSignal;
        if (signal != null) {
            signal.emit(reason);
        }
        tryFail(reason);
        return true;
    }

    /**
     * The signal emitted with the abort exception when {@link #abort()} is called on this unfinished object.
     *
     * @return the abort signal, created on first use
     */
    public Signal<InProgressAbortedException> abortSignal() {
        Signal<InProgressAbortedException> signal = abortSignal;
        if (signal == null) {
            synchronized (this) {
                signal = abortSignal;
                if (signal == null) {
                    abortSignal = signal = new Signal<>();
                }
            }
        }
        return signal;
    }

    // ---------------------------------------------------------------------------------------------------- observing

    /**
     * Whether it has finished, with a value or a failure.
     *
     * @return {@code true} once finished or failed
     */
    public boolean isFinished() {
        return isDone(state);
    }

    /**
     * Whether it has failed (which includes being aborted).
     *
     * @return {@code true} once failed
     */
    public boolean isFailed() {
        return state instanceof Failure;
    }

    /**
     * The value it finished with.
     *
     * @return the value
     * @throws IllegalStateException if it has not finished
     * @throws RuntimeException the failure, if it failed with an unchecked exception
     * @throws CompletionException wrapping the failure, if it failed with a checked exception
     */
    public T result() {
        Object s = state;
        if (!isDone(s)) {
            throw new IllegalStateException("InProgress not finished yet: " + this);
        }
        return valueOrThrow(s);
    }

    /**
     * The failure it failed with, or {@code null} if it finished with a value or has not finished.
     *
     * @return the failure, or {@code null}
     */
    public Throwable exception() {
        Object s = state;
        if (s instanceof Failure) {
            Failure failure = (Failure) s;
            failure.markObserved();
            return failure.error;
        }
        return null;
    }

    /**
     * Calls {@code onResult} with the value when it finishes with one (not when it fails). Runs at once when it has
     * already finished.
     *
     * @param onResult called with the value
     */
    public void connect(Consumer<? super T> onResult) {
        Objects.requireNonNull(onResult, "onResult");
        Object s = state;
        if (s instanceof Failure) {
            return;
        }
        // Also when finished already: through the Trampoline, so a callback that throws is reported like any other.
        addListener(new Callbacks<>(onResult, null));
    }

    /**
     * Calls {@code onResult} with the value, or {@code onFailure} with the failure, when it finishes. Runs at once
     * when it has already finished. Connecting a failure callback observes the failure.
     *
     * @param onResult called with the value
     * @param onFailure called with the failure
     */
    public void connectBoth(Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(onResult, "onResult");
        Objects.requireNonNull(onFailure, "onFailure");
        addListener(new Callbacks<>(onResult, onFailure));
    }

    /**
     * Registers a listener called once when this finishes (at once, on this thread, if it already has); for the
     * runtime (kaa.internal reaches it through {@link RuntimeAccess}). A listener that handles failures should call
     * {@link #exception()} so the failure counts as observed.
     */
    void addListener(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        for (;;) {
            Object s = state;
            if (isDone(s)) {
                Trampoline.dispatch(listener, this);
                return;
            }
            Object next = s == null ? listener : ListenerList.with(s, listener);
            if (STATE.compareAndSet(this, s, next)) {
                return;
            }
        }
    }

    /** Unregisters a listener that has not been called yet; returns whether it was registered. */
    boolean removeListener(Listener listener) {
        for (;;) {
            Object s = state;
            Object next;
            if (s == listener) {
                next = null;
            } else if (s instanceof ListenerList && ((ListenerList) s).contains(listener)) {
                next = ((ListenerList) s).without(listener);
            } else {
                return false;
            }
            if (STATE.compareAndSet(this, s, next)) {
                return true;
            }
        }
    }

    /**
     * How many listeners and callbacks wait for it to finish (0 once it has finished).
     *
     * @return the number of pending listeners
     */
    public int listenerCount() {
        Object s = state;
        if (s instanceof Listener) {
            return 1;
        }
        return s instanceof ListenerList ? ((ListenerList) s).size : 0;
    }

    // ---------------------------------------------------------------------------------------------------- waiting

    /**
     * Waits until it finishes and returns its value. On the notifier thread, or on any thread while no thread drives
     * the notifier (a plain {@code main} that never called {@link Main#run()}), it runs the notifier until then, as
     * kaa's {@code wait()} does. On other threads it blocks. A blocked thread is released directly when this
     * finishes, and it takes over driving the notifier if the thread that drove it leaves first. A thread that
     * drives the notifier here hands it over to a {@link Main#run()} that starts meanwhile, and goes on waiting. An
     * interrupt of the waiting thread ends the wait the same way on every path (docs/resumption.md, "Who drives the
     * loop").
     *
     * @return the value
     * @throws InProgressAbortedException if the thread is interrupted while it waits (the interrupt status stays
     *     set)
     * @throws RuntimeException the failure, if it failed with an unchecked exception
     * @throws CompletionException wrapping the failure, if it failed with a checked exception
     */
    public T await() {
        waitUntilDone(false, 0);
        return awaitedResult();
    }

    /**
     * Like {@link #await()}, but a failure with a checked exception of type {@code checked} is thrown as it is, as
     * {@code yield_(ip, X.class)} does in a coroutine: plain code catches what a coroutine declares
     * ({@code load().await(IOException.class)} in a {@code try} with {@code catch (IOException e)}).
     *
     * @param checked the checked exception type to throw unwrapped
     * @param <X> that type
     * @return the value
     * @throws X the failure, if it is an {@code X}
     * @throws InProgressAbortedException if the thread is interrupted while it waits
     * @throws RuntimeException the failure, if it failed with an unchecked exception
     * @throws CompletionException wrapping the failure, if it failed with another checked exception
     */
    public <X extends Exception> T await(Class<X> checked) throws X {
        waitUntilDone(false, 0);
        Object s = state;
        if (s instanceof Failure && checked.isInstance(((Failure) s).error)) {
            Failure failure = (Failure) s;
            CoroutineTraces.awaitThrows(this, failure.error);
            failure.markObserved();
            throw checked.cast(failure.error);
        }
        return awaitedResult();
    }

    /**
     * Like {@link #await()}, but gives up after {@code timeout}.
     *
     * @param timeout how long to wait at most; zero or negative does not wait, as with {@code Future.get}: the
     *     outcome if it is there, else the timeout
     * @return the value
     * @throws InProgressTimeoutException if it has not finished in time (it is left running)
     */
    public T await(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        Notifier notifier = Main.notifier();
        long deadline = notifier.nanoTime() + cappedNanos(timeout);
        if (!waitUntilDone(true, deadline)) {
            throw new InProgressTimeoutException("not finished after " + timeout + ": " + this);
        }
        return awaitedResult();
    }

    /** The outcome {@code await()} returns or throws: a failure's trace then ends with the caller's frames. */
    private T awaitedResult() {
        Object s = state;
        if (s instanceof Failure) {
            CoroutineTraces.awaitThrows(this, ((Failure) s).error);
        }
        return valueOrThrow(s);
    }

    /**
     * Deadlines are compared by subtraction, so a delay is capped far below overflow (about 36 years):
     * {@code Duration.ofMillis(Long.MAX_VALUE)}, a common "no timeout", means that. Negative is zero.
     */
    static long cappedNanos(Duration timeout) {
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        return Math.min(Math.max(nanos, 0), Long.MAX_VALUE / 4);
    }

    /**
     * The waiting protocol (docs/resumption.md, "Who drives the loop"): on the loop thread, a nested loop; on another
     * thread, drive the loop if nobody does, else park until this finishes (a {@link WakeUp} unparks it directly,
     * without the loop) or the driver leaves (then take over driving). An interrupt ends the wait the same way on
     * every path.
     */
    private boolean waitUntilDone(boolean bounded, long deadlineNanos) {
        if (isFinished()) {
            return true;
        }
        Notifier notifier = Main.notifier();
        WakeUp wakeUp = null;
        // A parked waiter cannot move a virtual clock: its bound also ends after as much real time.
        long realDeadline = 0;
        try {
            for (;;) {
                // Possibly deep inside a dispatch (await() in a callback): the callbacks that finish this must not be
                // deferred until that dispatch returns.
                boolean drove = Trampoline.runNested(
                        () -> notifier.driveForAwait(this::isFinished, bounded, deadlineNanos));
                if (isFinished()) {
                    return true;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InProgressAbortedException("interrupted while waiting for " + this);
                }
                long remaining = 0;
                if (bounded) {
                    remaining = deadlineNanos - notifier.nanoTime();
                    if (wakeUp != null) {
                        remaining = Math.min(remaining, realDeadline - System.nanoTime());
                    } else {
                        realDeadline = System.nanoTime() + remaining;
                    }
                    if (remaining <= 0) {
                        return false;
                    }
                }
                if (!drove) {
                    if (wakeUp == null) {
                        wakeUp = new WakeUp(Thread.currentThread());
                        addListener(wakeUp);
                        continue; // look again: it may have finished, or the driver left, meanwhile
                    }
                    notifier.parkUntilDriverLeaves(remaining);
                }
            }
        } finally {
            if (wakeUp != null) {
                // A waiter that gave up must not count as a listener (an abort cascades only to unwatched objects).
                removeListener(wakeUp);
            }
        }
    }

    /** The listener of a parked {@code await()}: needs no loop, so it runs on the finishing thread, always. */
    private static final class WakeUp implements Listener {
        private final Thread waiter;

        WakeUp(Thread waiter) {
            this.waiter = waiter;
        }

        @Override
        public void onDone(InProgress<?> source) {
            LockSupport.unpark(waiter);
            // The waiter may have taken over driving since it registered: then it sleeps in the selector, not parked.
            Notifier notifier = Main.notifier();
            if (notifier.isDrivenBy(waiter)) {
                notifier.wakeUp();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- deriving

    /**
     * A new {@code InProgress} that finishes as this one does, or fails with an {@link InProgressTimeoutException}
     * when {@code timeout} passes first. This one is left running then; aborting the returned one aborts this one too
     * when nothing else waits for it.
     *
     * @param timeout how long to wait
     * @return the derived {@code InProgress}
     */
    public InProgress<T> timeout(Duration timeout) {
        return timeout(timeout, false);
    }

    /**
     * A new {@code InProgress} that finishes as this one does, or fails with an {@link InProgressTimeoutException}
     * when {@code timeout} passes first; with {@code abortOnTimeout}, this one is aborted with the same exception
     * before the returned one fails. Aborting the returned one aborts this one too when nothing else waits for it.
     *
     * @param timeout how long to wait
     * @param abortOnTimeout whether to abort this one when the time is up
     * @return the derived {@code InProgress}
     */
    public InProgress<T> timeout(Duration timeout, boolean abortOnTimeout) {
        InProgress<T> derived = new NamedInProgress<>("timeout " + timeout + " of", this);
        // Whatever ends the derived one first (this finishing, the timer, an abort of the derived one) takes back what
        // the others added: a listener left on this would count as someone waiting for it, and pile up.
        Listener follow = new Listener() {
            private OneShotTimer timer;

            @Override
            public void onDone(InProgress<?> source) {
                timer.stop();
                derived.follow(InProgress.this);
            }

            Listener start() {
                timer = new OneShotTimer(() -> {
                    removeListener(this);
                    // Names what timed out (a coroutine says where it waits), as await(d) does (usertest round 13).
                    InProgressTimeoutException expired = new InProgressTimeoutException(
                            "timed out after " + timeout + ": " + InProgress.this);
                    // As kaa: the original is aborted first, so whoever resumes on the timeout finds it ended already.
                    if (abortOnTimeout && !derived.isFinished()) {
                        abort(expired);
                        // The abort went into what this one awaited, whose trace now ends here: the coroutine that
                        // awaits the derived one goes on with it (usertest round 13: the await chain was lost).
                        CoroutineTraces.passedOn(InProgress.this, derived, expired);
                    }
                    derived.fail(expired, true);
                });
                derived.abortSignal().connect(reason -> {
                    timer.stop();
                    removeListener(this);
                    abandon(InProgress.this, reason);
                });
                // Start before listening: an InProgress that has finished already calls the listener at once, which
                // must find the timer started to stop it (otherwise a stray timer stays pending for the whole timeout).
                timer.start(timeout);
                return this;
            }
        }.start();
        addListener(follow);
        return derived;
    }

    /**
     * A new {@code InProgress} that finishes as this one does, but whose {@link #abort()} fails only itself: use it
     * to await an operation that must not be aborted when the awaiting coroutine is.
     *
     * @return the new {@code InProgress}
     */
    public InProgress<T> noAbort() {
        InProgress<T> derived = new InProgress<>();
        Listener follow = source -> derived.follow(this);
        derived.abortSignal().connect(reason -> removeListener(follow));
        addListener(follow);
        return derived;
    }

    /**
     * After an abort of an {@code InProgress} derived from {@code source} ({@link #timeout}, {@link #any}, {@link #all};
     * a {@code @Threaded} job that follows what its body returned) took its listener back: aborts {@code source} too
     * when it is unfinished and nothing else waits for it, as an aborted coroutine aborts what it awaits.
     * {@link #noAbort()} is the shield.
     */
    static void abandon(InProgress<?> source, InProgressAbortedException reason) {
        if (!source.isFinished() && CoroutineMachine.listenersBesidesBookkeeping(source) == 0) {
            source.abort(reason);
        }
    }

    /** Finishes or fails this as {@code source}, which has finished, did; nothing if this has finished already. */
    private void follow(InProgress<? extends T> source) {
        Object s = source.state;
        if (s instanceof Failure) {
            Failure failure = (Failure) s;
            failure.markObserved();
            if (!isFinished()) {
                // Before failing: whoever awaits this resumes inside tryFail and continues the trace from here.
                CoroutineTraces.passedOn(source, this, failure.error);
            }
            tryFail(failure.error);
        } else {
            complete(s);
        }
    }

    /**
     * An {@code InProgress} that finishes with the index and outcome of the first of {@code children} to finish
     * (a failing child finishes it too, with the failure in {@link AnyResult#failure()}). The others go on; aborting
     * the returned one aborts each unfinished child that nothing else waits for.
     *
     * @param children the {@code InProgress}es to wait for, at least one
     * @param <T> their value type
     * @return an {@code InProgress} of the first outcome
     * @throws IllegalArgumentException if there are no children
     */
    @SafeVarargs
    public static <T> InProgress<AnyResult<T>> any(InProgress<? extends T>... children) {
        List<InProgress<? extends T>> list = new ArrayList<>(children.length);
        for (InProgress<? extends T> child : children) {
            list.add(child);
        }
        return any(list);
    }

    /**
     * The members of an {@code any} or {@code all}, as its dump entry shows them: how many, and those still pending
     * (printed only when asked: usertest round 13, a hung {@code all} said only {@code InProgress[pending]}).
     */
    private static Object membersOf(List<? extends InProgress<?>> members) {
        return new Object() {
            @Override
            public String toString() {
                StringBuilder text = new StringBuilder().append(members.size()).append(", pending:");
                int shown = 0;
                for (InProgress<?> member : members) {
                    if (!member.isFinished()) {
                        text.append(shown++ == 0 ? " " : ", ").append(member);
                    }
                }
                return shown == 0 ? members.size() + ", none pending" : text.toString();
            }
        };
    }

    /**
     * {@link #any(InProgress[])} over a list.
     *
     * @param children the {@code InProgress}es to wait for, at least one
     * @param <T> their value type
     * @return an {@code InProgress} of the first outcome
     * @throws IllegalArgumentException if there are no children
     */
    public static <T> InProgress<AnyResult<T>> any(List<? extends InProgress<? extends T>> children) {
        List<InProgress<? extends T>> snapshot = snapshotOf("any", children);
        if (snapshot.isEmpty()) {
            throw new IllegalArgumentException("any() needs at least one InProgress");
        }
        InProgress<AnyResult<T>> first = new NamedInProgress<>("any of", membersOf(snapshot));
        Listener[] listeners = new Listener[snapshot.size()];
        // The first child to finish takes the listeners off the others (and an abort of the result off all of them):
        // a listener left on a losing child would count as someone waiting for it, and pile up.
        Runnable detach = () -> {
            for (int i = 0; i < listeners.length; i++) {
                Listener listener = listeners[i];
                if (listener != null) {
                    snapshot.get(i).removeListener(listener);
                }
            }
        };
        first.abortSignal().connect(reason -> {
            detach.run();
            for (InProgress<? extends T> child : snapshot) {
                abandon(child, reason);
            }
        });
        for (int i = 0; i < snapshot.size() && !first.isFinished(); i++) {
            int index = i;
            InProgress<? extends T> child = snapshot.get(i);
            listeners[i] = source -> {
                Throwable failure = child.exception();
                if (first.tryFinish(failure != null
                        ? new AnyResult<>(index, null, failure)
                        : new AnyResult<>(index, child.result(), null))) {
                    detach.run();
                }
            };
            child.addListener(listeners[i]);
        }
        if (first.isFinished()) {
            detach.run(); // a child finished while the later ones were being connected
        }
        return first;
    }

    /**
     * An {@code InProgress} that finishes when all of {@code children} have finished: with their values in order, or,
     * if any failed, with the failure of the first (by position) that failed. Aborting it aborts each unfinished
     * child that nothing else waits for.
     *
     * @param children the {@code InProgress}es to wait for
     * @param <T> their value type
     * @return an {@code InProgress} of their values, in order
     */
    @SafeVarargs
    public static <T> InProgress<List<T>> all(InProgress<? extends T>... children) {
        List<InProgress<? extends T>> list = new ArrayList<>(children.length);
        for (InProgress<? extends T> child : children) {
            list.add(child);
        }
        return all(list);
    }

    /**
     * {@link #all(InProgress[])} over a list.
     *
     * @param children the {@code InProgress}es to wait for
     * @param <T> their value type
     * @return an {@code InProgress} of their values, in order
     */
    public static <T> InProgress<List<T>> all(List<? extends InProgress<? extends T>> children) {
        List<InProgress<? extends T>> snapshot = snapshotOf("all", children);
        InProgress<List<T>> all = new NamedInProgress<>("all of", membersOf(snapshot));
        int[] remaining = {snapshot.size()};
        Listener onChild = source -> {
            boolean last;
            synchronized (remaining) {
                last = --remaining[0] == 0;
            }
            if (last) {
                all.completeFromChildren(snapshot);
            }
        };
        if (snapshot.isEmpty()) {
            all.finish(List.of());
        }
        all.abortSignal().connect(reason -> {
            for (InProgress<? extends T> child : snapshot) {
                child.removeListener(onChild);
            }
            for (InProgress<? extends T> child : snapshot) {
                abandon(child, reason);
            }
        });
        for (InProgress<? extends T> child : snapshot) {
            child.addListener(onChild);
        }
        return all;
    }

    /** A copy of {@code children}, each of which must be there: {@code combinator} names the caller in the error. */
    private static <C> List<C> snapshotOf(String combinator, List<? extends C> children) {
        Objects.requireNonNull(children, () -> combinator + "(): the list of InProgresses is null");
        List<C> snapshot = new ArrayList<>(children);
        for (int i = 0; i < snapshot.size(); i++) {
            if (snapshot.get(i) == null) {
                throw new NullPointerException(combinator + "(): InProgress " + i + " of " + snapshot.size()
                        + " is null");
            }
        }
        return snapshot;
    }

    private void completeFromChildren(List<? extends InProgress<?>> children) {
        List<Object> values = new ArrayList<>(children.size());
        Throwable firstFailure = null;
        InProgress<?> firstFailed = null;
        for (InProgress<?> child : children) {
            Throwable failure = child.exception();
            if (failure != null && firstFailure == null) {
                firstFailure = failure;
                firstFailed = child;
            }
            values.add(failure == null ? child.result() : null);
        }
        if (firstFailure != null) {
            if (!isFinished()) {
                CoroutineTraces.passedOn(firstFailed, this, firstFailure);
            }
            tryFail(firstFailure);
        } else {
            complete(encode(values));
        }
    }

    /**
     * A {@link CompletableFuture} that completes as this does. Cancelling the future aborts this {@code InProgress};
     * an abort of this completes the future exceptionally with the {@link InProgressAbortedException}.
     *
     * @return a new future
     */
    public CompletableFuture<T> toCompletableFuture() {
        CompletableFuture<T> future = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                if (cancelled) {
                    abort();
                }
                return cancelled;
            }
        };
        connectBoth(future::complete, future::completeExceptionally);
        return future;
    }

    /**
     * An {@code InProgress} that finishes as {@code stage} completes. Aborting it cancels the stage (when it is a
     * {@link java.util.concurrent.Future}); a cancelled stage fails it with an {@link InProgressAbortedException}.
     *
     * @param stage the stage to follow
     * @param <T> its value type
     * @return a new {@code InProgress}
     */
    public static <T> InProgress<T> from(CompletionStage<T> stage) {
        InProgress<T> ip = new NamedInProgress<>("from", stage);
        CompletableFuture<T> future = stage.toCompletableFuture();
        ip.abortSignal().connect(reason -> future.cancel(false));
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                ip.tryFinish(value);
            } else {
                ip.tryFail(unwrapStageFailure(failure));
            }
        });
        return ip;
    }

    private static Throwable unwrapStageFailure(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CancellationException) {
            return new InProgressAbortedException("the CompletionStage was cancelled", cause);
        }
        return cause;
    }

    @Override
    public String toString() {
        Object s = state;
        String name = this instanceof Described described ? described.description()
                : getClass().getSimpleName().isEmpty() ? "InProgress" : getClass().getSimpleName();
        if (s instanceof Failure) {
            return name + "[failed: " + ((Failure) s).error + "]";
        }
        return isDone(s) ? name + "[finished: " + decode(s) + "]" : name + "[pending]";
    }

    // ---------------------------------------------------------------------------------------------------- internals

    /**
     * Moves from pending to {@code outcome} (an encoded value or a {@link Failure}) and notifies the listeners that
     * were waiting. Returns false if it had finished already.
     */
    final boolean complete(Object outcome) {
        for (;;) {
            Object s = state;
            if (isDone(s)) {
                return false;
            }
            if (STATE.compareAndSet(this, s, outcome)) {
                if (s != null) {
                    notifyListeners(s);
                } else {
                    wakeDriver();
                }
                return true;
            }
        }
    }

    /**
     * Nobody listens, but a thread may drive the notifier until this is finished (an {@link #await()} or a
     * {@code loopUntil(ip::isFinished)}) and sleep in it: wake it, as posting the callbacks would have. The state
     * was written before {@code isDriven} is read, and the loop binds before it reads the state, so either the
     * loop sees the state or this sees the loop.
     */
    private static void wakeDriver() {
        Notifier notifier = Main.notifier();
        if (notifier.isDriven() && !notifier.isLoopThread()) {
            notifier.wakeUp();
        }
    }

    private void notifyListeners(Object listeners) {
        Notifier notifier = Main.notifier();
        if (notifier.isDriven() && !notifier.isLoopThread()) {
            notifyFromOffLoop(notifier, listeners);
        } else {
            dispatch(listeners);
        }
    }

    /**
     * Posts the listeners to the loop, except the parked {@code await()}s: they need no loop and are woken here, so
     * that a driver that stops driving cannot strand them.
     */
    private void notifyFromOffLoop(Notifier notifier, Object listeners) {
        if (listeners instanceof WakeUp) {
            ((WakeUp) listeners).onDone(this);
            return;
        }
        if (listeners instanceof ListenerList) {
            ListenerList list = (ListenerList) listeners;
            int wakeUps = 0;
            for (int i = 0; i < list.size; i++) {
                Listener listener = list.listeners[i];
                if (listener instanceof WakeUp) {
                    listener.onDone(this);
                    wakeUps++;
                }
            }
            if (wakeUps == list.size) {
                return;
            }
            if (wakeUps > 0) {
                Listener[] rest = new Listener[list.size - wakeUps];
                int n = 0;
                for (int i = 0; i < list.size; i++) {
                    Listener listener = list.listeners[i];
                    if (!(listener instanceof WakeUp)) {
                        rest[n++] = listener;
                    }
                }
                Object remaining = rest.length == 1 ? rest[0] : new ListenerList(rest, rest.length);
                notifier.post(() -> dispatch(remaining));
                return;
            }
        }
        notifier.post(() -> dispatch(listeners));
    }

    private void dispatch(Object listeners) {
        if (listeners instanceof ListenerList) {
            ListenerList list = (ListenerList) listeners;
            for (int i = 0; i < list.size; i++) {
                Trampoline.dispatch(list.listeners[i], this);
            }
        } else {
            Trampoline.dispatch((Listener) listeners, this);
        }
    }

    private T valueOrThrow(Object s) {
        if (s instanceof Failure) {
            Failure failure = (Failure) s;
            failure.markObserved();
            Throwable error = failure.error;
            if (error instanceof RuntimeException) {
                throw (RuntimeException) error;
            }
            if (error instanceof Error) {
                throw (Error) error;
            }
            throw new CompletionException(error);
        }
        return decode(s);
    }

    private static boolean isDone(Object s) {
        return s != null && !(s instanceof Listener) && !(s instanceof ListenerList);
    }

    private static Object encode(Object value) {
        if (value == null) {
            return Boxed.NULL;
        }
        return value instanceof Listener || value instanceof Marker ? new Boxed(value) : value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T decode(Object s) {
        return (T) (s instanceof Boxed ? ((Boxed) s).value : s);
    }

    /** The states that are not plain values; users cannot make instances, so one class check tells them apart. */
    private abstract static class Marker {}

    /** A value that would be mistaken for a state marker, or null. */
    private static final class Boxed extends Marker {
        static final Boxed NULL = new Boxed(null);
        final Object value;

        Boxed(Object value) {
            this.value = value;
        }
    }

    /** A failure, and whether anyone has seen it yet. */
    static final class Failure extends Marker {
        final Throwable error;
        volatile boolean observed;
        /** Set after the failure was published when nobody had observed it yet. */
        volatile UnobservedFailures.Watch watch;

        Failure(Throwable error) {
            this.error = error;
        }

        void markObserved() {
            if (!observed) {
                observed = true;
                UnobservedFailures.Watch w = watch;
                if (w != null) {
                    w.observed();
                }
            }
        }
    }

    /**
     * Two or more listeners: the first {@code size} of {@code listeners}. Immutable as far as its readers go; adding
     * appends in place when this list is the longest view of its array and the array has room (the slot is claimed by
     * compare-and-set on {@code used}, so two lists never write the same slot), else copies into an array twice as
     * long: connecting is O(1) amortised. Removing copies. (A slot claimed by an add whose state compare-and-set then
     * lost keeps that listener reachable, unused, until the array is dropped.)
     */
    private static final class ListenerList extends Marker {
        private static final VarHandle USED;

        static {
            try {
                USED = MethodHandles.lookup().findVarHandle(ListenerList.class, "used", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Listener[] listeners;
        final int size;
        /** How many slots of {@code listeners} some list has claimed; shared through {@link #shared}. */
        private volatile int used;
        /** The list that owns the {@code used} count of this array: the first one made with it. */
        private final ListenerList shared;

        private ListenerList(Listener[] listeners, int size) {
            this.listeners = listeners;
            this.size = size;
            this.used = size;
            this.shared = this;
        }

        private ListenerList(ListenerList shared, int size) {
            this.listeners = shared.listeners;
            this.size = size;
            this.shared = shared;
        }

        static ListenerList with(Object current, Listener added) {
            if (current instanceof Listener) {
                Listener[] fresh = new Listener[4];
                fresh[0] = (Listener) current;
                fresh[1] = added;
                return new ListenerList(fresh, 2);
            }
            ListenerList list = (ListenerList) current;
            int n = list.size;
            ListenerList owner = list.shared;
            if (n < list.listeners.length && USED.compareAndSet(owner, n, n + 1)) {
                // Published by the state's compare-and-set that installs the new list; shorter lists never read it.
                list.listeners[n] = added;
                return new ListenerList(owner, n + 1);
            }
            Listener[] grown = Arrays.copyOf(list.listeners, Math.max(4, n * 2));
            grown[n] = added;
            return new ListenerList(grown, n + 1);
        }

        boolean contains(Listener listener) {
            for (int i = 0; i < size; i++) {
                if (listeners[i] == listener) {
                    return true;
                }
            }
            return false;
        }

        Object without(Listener removed) {
            Listener[] kept = new Listener[size - 1];
            int n = 0;
            boolean skipped = false;
            for (int i = 0; i < size; i++) {
                Listener l = listeners[i];
                if (l == removed && !skipped) {
                    skipped = true;
                } else {
                    kept[n++] = l;
                }
            }
            return kept.length == 1 ? kept[0] : new ListenerList(kept, kept.length);
        }
    }

    /** The listener behind {@link #connect} and {@link #connectBoth}. */
    private static final class Callbacks<T> implements Listener {
        private final Consumer<? super T> onResult;
        private final Consumer<? super Throwable> onFailure;

        Callbacks(Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
            this.onResult = onResult;
            this.onFailure = onFailure;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void onDone(InProgress<?> source) {
            Object s = source.state;
            if (s instanceof Failure) {
                if (onFailure != null) {
                    Failure failure = (Failure) s;
                    failure.markObserved();
                    onFailure.accept(failure.error);
                }
            } else {
                onResult.accept((T) decode(s));
            }
        }
    }
}
