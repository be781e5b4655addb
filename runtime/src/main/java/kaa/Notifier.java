package kaa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Cleaner;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import kaa.internal.Cleanup;
import kaa.internal.CoroutineTraces;
import kaa.internal.FailureReports;
import kaa.internal.RuntimeAccess;
import kaa.internal.TimerHeap;

/**
 * The main loop: one thread at a time runs timers, I/O callbacks and queued tasks, and sleeps in a
 * {@link Selector} when there is nothing to do. Most code uses the process-wide instance through
 * {@link Main}; tests create their own, usually on a {@link ManualTicker}.
 *
 * <h2>Iterations</h2>
 * One iteration ({@link #step()}) does, in this order:
 * <ol>
 *   <li>if there is nothing to do right now, waits in the selector until the next timer deadline, a
 *       ready channel or a wakeup (on a {@link ManualTicker} it moves virtual time to the next deadline
 *       instead of sleeping);</li>
 *   <li>runs the timers that are due, earliest deadline first, and in start order for equal deadlines;</li>
 *   <li>calls the handlers of ready channels ({@link IOMonitor});</li>
 *   <li>runs tasks {@linkplain #post posted} from other threads (at most {@value #MAX_POSTED_PER_STEP}
 *       per iteration, so a busy producer cannot starve the rest; the remainder runs next iteration);</li>
 *   <li>runs the tasks {@linkplain #enqueue enqueued} before this iteration began (tasks enqueued during
 *       it wait for the next one, which is how a coroutine's {@code yield_()} gives others a turn);</li>
 *   <li>emits {@link #stepSignal()}.</li>
 * </ol>
 * A task, timer or I/O callback that throws is {@linkplain #reportException reported} and the loop goes on.
 *
 * <h2>Threads</h2>
 * The <em>loop thread</em> is whichever thread is currently inside {@link #run()}, {@link #step()} or
 * {@link #loopUntil}; it is bound for the whole call, and these calls nest on that thread (a callback may
 * run a nested loop, as kaa's {@code wait()} does). An {@link InProgress#await()} on a thread that does not
 * drive the loop drives it only while nobody else does, and it hands the loop over, at its next iteration, to a
 * thread that calls {@code run()}, {@code step()} or {@code loopUntil()}: that thread waits for it. Any other
 * thread that tries to drive the loop meanwhile gets an {@link IllegalStateException}. When the driver leaves, what
 * was posted to the loop runs before it goes, unless a waiting thread takes over driving.
 * {@link #post}, {@link #call}, {@link #enqueue},
 * {@link #schedule}, {@link #stop()} and {@link #wakeUp()} are safe from any thread; the loop's run queue
 * and timer heap are touched only by the loop thread, or by a single thread while nobody drives the loop.
 *
 * <h2>Time</h2>
 * Deadlines are readings of the notifier's {@link Ticker}, compared by subtraction like
 * {@link System#nanoTime()}; compute them as {@code nanoTime() + delay} with a delay well below
 * {@code Long.MAX_VALUE} (the notifier caps its own delays at about 73 years), never saturate them to
 * {@code Long.MAX_VALUE}. On a {@link ManualTicker} the loop never sleeps while a timer or a
 * {@link #loopUntil(BooleanSupplier, long) loopUntil deadline} is pending: it moves virtual time to the
 * earliest of them, so a test may see virtual time jump while it waits for another thread. With nothing
 * pending at all it sleeps for real, until a post or a wakeup.
 *
 * <p>An interrupt of the loop thread ends an {@link InProgress#await()} that drives the loop; otherwise the
 * loop clears the interrupt status and reports it (with the status set the selector could not sleep).
 *
 * <h2>Failures</h2>
 * What a task, timer, I/O handler, signal callback or {@code InProgress} callback throws is reported through
 * {@link #reportException} and the loop goes on, except a {@link VirtualMachineError} ({@link OutOfMemoryError},
 * {@link StackOverflowError}, {@link InternalError}): the program cannot be trusted after one, so it propagates
 * out of the loop ({@code run()}, {@code step()}, {@code loopUntil()} or {@code await()}) on every thread the
 * same way. Work that has an {@code InProgress} of its own (a coroutine body, a thread pool job,
 * {@link #call}) fails that instead, whatever it throws.
 */
public final class Notifier implements AutoCloseable {
    /** How many cross-thread posts one iteration runs at most. */
    public static final int MAX_POSTED_PER_STEP = 4096;

    private static final System.Logger LOG = System.getLogger("kaa");
    /** Delays are capped so that {@code now + delay} cannot overflow; this is still about 73 years. */
    private static final long MAX_DELAY_NANOS = Long.MAX_VALUE / 4;
    private static final long NANOS_PER_MILLI = 1_000_000;
    private static final SelectionKey[] NO_KEYS = {};
    private static final long DEFAULT_SLOW_STEP_NANOS = Long.getLong("kaa.debug.slowStepMillis", 100) * NANOS_PER_MILLI;
    private static final VarHandle STEPS;

    private static final VarHandle DRIVER;
    private static final VarHandle UNDRIVEN_ACCESS;
    private static final VarHandle BLOCKING;
    private static final VarHandle WAKEUP_REQUESTED;

    static {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            DRIVER = lookup.findVarHandle(Notifier.class, "driver", Thread.class);
            STEPS = lookup.findVarHandle(Notifier.class, "steps", int.class);
            UNDRIVEN_ACCESS = lookup.findVarHandle(Notifier.class, "undrivenAccess", boolean.class);
            BLOCKING = lookup.findVarHandle(Notifier.class, "blocking", boolean.class);
            WAKEUP_REQUESTED = lookup.findVarHandle(Notifier.class, "wakeupRequested", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static {
        RuntimeAccess.install((notifier, action) -> notifier.tryRunOnLoop(action));
    }

    private final Ticker ticker;
    /** The ticker again when it is virtual: the loop moves it instead of sleeping. */
    private final ManualTicker virtualClock;

    // Touched by the loop thread only (or by one thread holding undrivenAccess while nobody drives).
    private final ArrayDeque<Runnable> runQueue = new ArrayDeque<>();
    private final TimerHeap<ScheduledTask> timers = new TimerHeap<>();

    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    /** Free places in {@link #posted} when it is bounded; null (no accounting at all) when it is not. */
    private final Semaphore postPermits;
    /** Opened lazily: a loop that never sleeps and has no channels needs no file descriptors. */
    private volatile Selector selector;
    /**
     * Closes {@link #selector} when it is closed, or when this notifier is garbage-collected with it open: a test
     * suite that gives each test a notifier of its own and never closes them does not run out of file descriptors.
     */
    private Cleaner.Cleanable selectorCleanup;
    /**
     * How many {@link IOMonitor}s watch a non-zero interest set. While none does, no channel can become ready, so a
     * loop turn that does not sleep skips the selector: an idle socket costs nothing per turn.
     */
    private final AtomicInteger watchingMonitors = new AtomicInteger();
    /**
     * A key was cancelled since the last select. Only a select deregisters it, and the JDK defers closing a channel
     * that was registered until then, so the next turn selects even when no monitor watches anything.
     */
    private volatile boolean keysCancelled;
    /** How many times the loop has selected (touched by the loop thread only; for tests of the fast path). */
    private long selects;
    private volatile Thread driver;
    /** A lock for touching the loop's data while nobody drives it; binding a driver waits for it. */
    private volatile boolean undrivenAccess;
    /** True while the loop is in, or about to enter, a blocking select: only then does a wakeup cost a syscall. */
    private volatile boolean blocking;
    private volatile boolean wakeupRequested;
    private volatile boolean running;
    private volatile boolean stopRequested;

    /** Taken to bind or unbind a driver, so that {@link #driverAwaits} always describes the current {@link #driver}. */
    private final Object bindLock = new Object();
    /** Whether the driver is an {@code await()} of a thread that took the undriven loop; guarded by bindLock. */
    private boolean driverAwaits;
    /** Set by a thread that waits to drive while an {@code await()} drives: that await hands the loop over. */
    private volatile boolean handoverRequested;
    /** Threads parked until the driver leaves: blocked awaits (to take over) and threads waiting to bind. */
    private final Set<Thread> parked = ConcurrentHashMap.newKeySet();
    /** How many {@code await()}s drive the loop on the loop thread now (nested ones included); loop-confined. */
    private int awaitsDriving;

    /** Steps run so far (tasks, timers, posted tasks, channel handlers), for {@link SlowStepWatchdog}. */
    private int steps;
    private volatile long slowStepThresholdNanos = DEFAULT_SLOW_STEP_NANOS;
    private final Signal<Void> initSignal = new Signal<>(this::reportException);
    private final Signal<Void> stepSignal = new Signal<>(this::reportException);
    private final Signal<Void> shutdownSignal = new Signal<>(this::reportException);
    private final Signal<Throwable> exceptionSignal = new Signal<>(Notifier::handlerFailed);

    /** Creates a notifier on the real clock. */
    public Notifier() {
        this(Ticker.system());
    }

    /**
     * Creates a notifier on the given clock.
     *
     * @param ticker the clock timers are measured on; a {@link ManualTicker} gives virtual time
     */
    public Notifier(Ticker ticker) {
        this(ticker, Integer.MAX_VALUE);
    }

    /**
     * Creates a notifier on the given clock whose queue of tasks {@linkplain #post posted} from other threads holds
     * at most {@code postedCapacity} tasks. When it is full, a thread that posts (directly, or by finishing an
     * {@code InProgress} whose callbacks must run on the loop, or by calling {@link #call}) waits until the loop has
     * taken a task out: backpressure, as a bounded {@code BlockingQueue}'s {@code put}. Nothing posted is dropped.
     * The loop thread itself never waits: what it posts goes to its own run queue. Do not post from a thread the
     * loop waits for while the queue may be full, and remember that nobody empties the queue while no thread
     * drives the loop.
     *
     * @param ticker the clock timers are measured on; a {@link ManualTicker} gives virtual time
     * @param postedCapacity at least 1; {@link Integer#MAX_VALUE} (the default) means unbounded
     * @throws IllegalArgumentException if {@code postedCapacity} is less than 1
     */
    public Notifier(Ticker ticker, int postedCapacity) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.virtualClock = ticker instanceof ManualTicker ? (ManualTicker) ticker : null;
        if (postedCapacity < 1) {
            throw new IllegalArgumentException("the posted-task capacity must be at least 1, not " + postedCapacity);
        }
        this.postPermits = postedCapacity == Integer.MAX_VALUE ? null : new Semaphore(postedCapacity);
        if (slowStepThresholdNanos > 0) {
            SlowStepWatchdog.ensureStarted();
        }
    }

    // ---------------------------------------------------------------------------------------------- driving

    /**
     * Runs the loop on the current thread until {@link #stop()} is called: emits {@link #initSignal()},
     * iterates, then emits {@link #shutdownSignal()}.
     *
     * @throws IllegalStateException if the loop is already running, or another thread drives it in
     *     {@code step()} or {@code loopUntil()} (an {@code await()} that drives it hands it over instead)
     */
    public void run() {
        if (running) {
            throw new IllegalStateException("the notifier is already running");
        }
        boolean bound = bindCurrentThread();
        try {
            running = true;
            initSignal.emit(null);
            while (!stopRequested) {
                iterate(false, 0);
            }
        } finally {
            running = false;
            stopRequested = false;
            try {
                // Nothing posted is stranded: a result a pool posted just before the stop still arrives.
                runAllPosted();
                shutdownSignal.emit(null);
                runAllPosted();
            } finally {
                if (bound) {
                    unbind();
                }
            }
        }
    }

    /**
     * Asks the loop to return from {@link #run()} after its current iteration. Safe from any thread. A stop
     * that comes while no {@code run()} is in progress is kept for the next one, which then returns at once,
     * after its init and shutdown signals (and the posted tasks it finds). So
     * {@code new Thread(Main::run).start(); Main.stop();} stops that loop, whichever thread gets there first.
     * Nested {@link #loopUntil} calls are not interrupted: they still wait for their condition.
     */
    public void stop() {
        stopRequested = true;
        wakeUp();
    }

    /**
     * Runs one iteration of the loop on the current thread (see the class description). It blocks only
     * when there is nothing to do now, until the next timer deadline, a ready channel or a
     * {@linkplain #wakeUp() wakeup}.
     *
     * @throws IllegalStateException if another thread drives the loop
     */
    public void step() {
        boolean bound = bindCurrentThread();
        try {
            iterate(false, 0);
        } finally {
            if (bound) {
                unbind();
            }
        }
    }

    /**
     * Iterates until {@code done} returns {@code true}, checking it before each iteration. The current
     * thread is the loop thread for the whole call; calling this from a callback that the loop is running
     * nests a loop, as kaa's {@code wait()} does.
     *
     * <p>The thread is bound before {@code done} is first checked, so another thread that makes
     * {@code done} true and then {@linkplain #wakeUp() wakes} the loop is never missed: either the check
     * sees its change or the wakeup ends the wait.
     *
     * @param done the condition to wait for
     * @throws IllegalStateException if another thread drives the loop
     */
    public void loopUntil(BooleanSupplier done) {
        Objects.requireNonNull(done, "done");
        boolean bound = bindCurrentThread();
        try {
            while (!done.getAsBoolean()) {
                iterate(false, 0);
            }
        } finally {
            if (bound) {
                leave();
            }
        }
    }

    /**
     * Iterates until {@code done} returns {@code true} or the ticker reaches {@code deadlineNanos}, like
     * {@link #loopUntil(BooleanSupplier)}; no iteration sleeps past the deadline. On a {@link ManualTicker}
     * the deadline counts as a timer: with nothing else due before it, virtual time jumps to it.
     *
     * @param done the condition to wait for
     * @param deadlineNanos when to give up, on this notifier's {@link #nanoTime()}
     * @return {@code true} if {@code done} became true, {@code false} if the deadline passed first
     * @throws IllegalStateException if another thread drives the loop
     */
    public boolean loopUntil(BooleanSupplier done, long deadlineNanos) {
        Objects.requireNonNull(done, "done");
        boolean bound = bindCurrentThread();
        try {
            while (!done.getAsBoolean()) {
                if (deadlineNanos - ticker.nanoTime() <= 0) {
                    return false;
                }
                iterate(true, deadlineNanos);
            }
            return true;
        } finally {
            if (bound) {
                leave();
            }
        }
    }

    /**
     * Iterates until {@code done} returns {@code true} or {@code timeout} has passed on this notifier's clock: the
     * same as {@link #loopUntil(BooleanSupplier, long)} with the deadline {@code nanoTime()} plus {@code timeout}
     * (kaa's {@code loop(condition, timeout)}).
     *
     * @param done the condition to wait for
     * @param timeout how long to iterate at most; zero or negative: only {@code done} is checked
     * @return {@code true} if {@code done} became true, {@code false} if the timeout passed first
     * @throws IllegalStateException if another thread drives the loop
     */
    public boolean loopUntil(BooleanSupplier done, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return loopUntil(done, ticker.nanoTime() + InProgress.cappedNanos(timeout));
    }

    /**
     * The loop of an {@code await()} (see {@link InProgress#await()} and docs/resumption.md): on the loop thread,
     * a nested loop; on another thread, only if no thread drives the loop, and then until {@code done}, the
     * deadline, an interrupt of this thread, or another thread asking for the loop ({@link #run()} and the like
     * wait for an await to hand it over). Returns {@code false} at once, without iterating, when another thread
     * drives the loop: the caller then blocks until it is done or that driver leaves.
     */
    boolean driveForAwait(BooleanSupplier done, boolean bounded, long deadlineNanos) {
        Thread me = Thread.currentThread();
        boolean bound = driver != me;
        if (bound && !tryBindForAwait(me)) {
            return false;
        }
        awaitsDriving++;
        try {
            while (!done.getAsBoolean() && !me.isInterrupted() && !(bound && handoverRequested)) {
                if (bounded && deadlineNanos - ticker.nanoTime() <= 0) {
                    break;
                }
                iterate(bounded, deadlineNanos);
            }
        } finally {
            awaitsDriving--;
            if (bound) {
                leave();
            }
        }
        return true;
    }

    /**
     * Parks an {@code await()} that could not drive, until {@code LockSupport.unpark} (its {@code InProgress} finished)
     * or the driver leaves (it may then take over), at most {@code maxNanos} when positive.
     */
    void parkUntilDriverLeaves(long maxNanos) {
        Thread me = Thread.currentThread();
        parked.add(me);
        try {
            if (driver == null) {
                return; // left meanwhile: take over
            }
            if (maxNanos > 0) {
                LockSupport.parkNanos(this, maxNanos);
            } else {
                LockSupport.park(this);
            }
        } finally {
            parked.remove(me);
        }
    }

    /**
     * For {@link Main#setNotifier}: waits up to {@code maxNanos} for an {@code await()} of another thread that drives
     * the loop to leave by itself, as one does that a test's preemptive timeout has just interrupted (JUnit goes on to
     * the next test without waiting for it). Asks nothing of it: a live await keeps the loop, and this returns
     * {@code false}. Returns whether no thread drives the loop now; {@code false} at once when {@code run()},
     * {@code step()} or {@code loopUntil()} drives it, or the calling thread does, or it is interrupted.
     */
    boolean waitForLeavingAwait(long maxNanos) {
        long deadline = System.nanoTime() + maxNanos;
        Thread me = Thread.currentThread();
        for (;;) {
            synchronized (bindLock) {
                Thread other = driver;
                if (other == null) {
                    return true;
                }
                if (other == me || !driverAwaits) {
                    return false;
                }
            }
            if (deadline - System.nanoTime() <= 0 || me.isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(this, 1_000_000L); // a millisecond: it is leaving, or it is not
        }
    }

    /** Whether {@code thread} drives the loop now. */
    boolean isDrivenBy(Thread thread) {
        return driver == thread;
    }

    /** How many posted tasks wait for the loop (for tests). */
    int postedCount() {
        return posted.size();
    }

    /**
     * Tells whether {@link #run()} is in progress.
     *
     * @return {@code true} between the start of {@code run()} and its return
     */
    public boolean isRunning() {
        return running;
    }

    /**
     * Tells whether some thread is driving the loop, in {@link #run()}, {@link #step()} or
     * {@link #loopUntil}.
     *
     * @return {@code true} if a loop thread is bound
     */
    public boolean isDriven() {
        return driver != null;
    }

    /**
     * Tells whether the current thread is the loop thread.
     *
     * @return {@code true} inside {@link #run()}, {@link #step()} or {@link #loopUntil} on this thread
     */
    public boolean isLoopThread() {
        return driver == Thread.currentThread();
    }

    // ------------------------------------------------------------------------------------------------ tasks

    /**
     * Runs {@code task} on the loop thread. From another thread it goes into a lock-free queue and wakes
     * the loop if it sleeps; on the loop thread it is the same as {@link #enqueue}. Nothing posted is lost,
     * whatever the number of producers.
     *
     * @param task the task to run
     */
    public void post(Runnable task) {
        Objects.requireNonNull(task, "task");
        if (driver == Thread.currentThread()) {
            runQueue.addLast(task);
            return;
        }
        offerPosted(task);
        wakeUpSelector();
    }

    /**
     * Runs {@code task} on the next iteration of the loop. On the loop thread, or on any thread while
     * nobody drives the loop, it is appended to the loop's run queue without allocating; from another
     * thread while the loop is driven it is {@linkplain #post posted}.
     *
     * @param task the task to run
     */
    public void enqueue(Runnable task) {
        Objects.requireNonNull(task, "task");
        if (driver == Thread.currentThread()) {
            runQueue.addLast(task);
        } else if (enterUndriven()) {
            try {
                runQueue.addLast(task);
            } finally {
                undrivenAccess = false;
            }
        } else {
            offerPosted(task);
            wakeUpSelector();
        }
    }

    /**
     * For code that keeps state only the loop thread may touch (the runtime's coroutines use it, through
     * {@link RuntimeAccess}, to take a queued time slice back): runs {@code action} at once, and returns {@code true},
     * when the calling thread is the loop thread or no thread drives the loop; returns {@code false} without running
     * it when another thread drives the loop. On a thread that does not drive the loop, {@code action} runs holding
     * the loop as {@link #enqueue} does: no thread can start driving it until {@code action} returns (one that tries
     * waits). So keep it to a few field accesses, and do not call the notifier from it.
     */
    boolean tryRunOnLoop(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (driver == Thread.currentThread()) {
            action.run();
            return true;
        }
        for (;;) {
            if (enterUndriven()) {
                try {
                    action.run();
                } finally {
                    undrivenAccess = false;
                }
                return true;
            }
            if (driver != null) {
                return false;
            }
            Thread.onSpinWait(); // another thread holds the undriven loop for a few instructions
        }
    }

    /**
     * Calls {@code callable} on the loop thread: at once when called there, otherwise by
     * {@linkplain #post posting} it.
     *
     * @param callable what to call
     * @param <T> the result type
     * @return an {@code InProgress} finished with the callable's result, or failed with what it threw
     */
    public <T> InProgress<T> call(Callable<T> callable) {
        Objects.requireNonNull(callable, "callable");
        InProgress<T> result = new InProgress<>();
        Runnable invocation = () -> {
            T value;
            try {
                value = callable.call();
            } catch (Throwable failure) {
                result.fail(failure);
                return;
            }
            result.finish(value);
        };
        if (isLoopThread()) {
            invocation.run();
        } else {
            post(invocation);
        }
        return result;
    }

    /**
     * Makes a loop that sleeps, or is about to sleep, return from its wait promptly. Cheap when it is
     * not sleeping: a volatile write and, only if it sleeps, one {@link Selector#wakeup()}. Safe from any
     * thread. Call it after changing something that a {@link #loopUntil} condition reads.
     */
    public void wakeUp() {
        wakeupRequested = true;
        wakeUpSelector();
    }

    // ----------------------------------------------------------------------------------------------- timers

    /**
     * Runs {@code task} on the loop thread once {@code delayNanos} have passed on this notifier's ticker.
     * The timer primitive behind {@link Timer} and {@link OneShotTimer}: safe from any thread (from
     * another thread while the loop is driven, the insertion is posted), O(log n) to insert and cancel.
     *
     * @param delayNanos how long to wait; zero or negative means the next iteration
     * @param task what to run
     * @return a handle to cancel the task
     */
    public TimerHandle schedule(long delayNanos, Runnable task) {
        long delay = Math.min(Math.max(delayNanos, 0), MAX_DELAY_NANOS);
        return scheduleAt(ticker.nanoTime() + delay, task);
    }

    ScheduledTask scheduleAt(long deadlineNanos, Runnable task) {
        Objects.requireNonNull(task, "task");
        ScheduledTask scheduled = new ScheduledTask(this, deadlineNanos, task);
        if (driver == Thread.currentThread()) {
            timers.add(scheduled);
        } else if (enterUndriven()) {
            try {
                timers.add(scheduled);
            } finally {
                undrivenAccess = false;
            }
        } else {
            post(() -> {
                if (scheduled.isPending()) {
                    timers.add(scheduled);
                }
            });
        }
        return scheduled;
    }

    /** Drops a cancelled task from the heap so cancelled timers do not pile up until their deadline. */
    void unschedule(ScheduledTask cancelled) {
        if (driver == Thread.currentThread()) {
            timers.remove(cancelled);
        } else if (enterUndriven()) {
            try {
                timers.remove(cancelled);
            } finally {
                undrivenAccess = false;
            }
        } else {
            post(() -> timers.remove(cancelled));
        }
    }

    /**
     * Returns the current time of this notifier's ticker.
     *
     * @return nanoseconds, comparable only with other readings of the same notifier
     */
    public long nanoTime() {
        return ticker.nanoTime();
    }

    /**
     * Returns the clock this notifier measures timers on.
     *
     * @return the ticker given at construction
     */
    public Ticker ticker() {
        return ticker;
    }

    // -------------------------------------------------------------------------------------------------- I/O

    /**
     * Registers {@code channel} with the loop's selector for {@code monitor}; {@link IOMonitor} is the public way.
     * Registering does not wait for a select in progress (JDK 11 and later); the caller wakes the loop.
     */
    SelectionKey registerChannel(SelectableChannel channel, int interestOps, IOMonitor monitor)
            throws ClosedChannelException {
        return channel.register(openSelector(), interestOps, monitor);
    }

    /** An {@link IOMonitor}'s interest set became non-zero ({@code true}) or zero ({@code false}). */
    void monitorWatching(boolean watching) {
        watchingMonitors.addAndGet(watching ? 1 : -1);
    }

    /** An {@link IOMonitor} cancelled its key. */
    void keyCancelled() {
        keysCancelled = true;
    }

    /**
     * Deregisters the keys cancelled so far, now (on the loop thread). NIO closes the socket of a channel closed while
     * registered only when the selector deregisters its key, at its next select: until then a closed listening
     * socket still completes the handshakes of new connections, which are reset when it is finally closed. The keys
     * this poll finds ready are dispatched by the loop's next turn, as if its own select had found them.
     */
    void deregisterCancelledKeys() {
        if (selector != null && keysCancelled) {
            select(0);
        }
    }

    /** How many times the loop has polled or waited in the selector (for tests of the fast path). */
    long selectCount() {
        return selects;
    }

    /** The selector if one is open now, else {@code null}. */
    Selector selectorIfOpen() {
        Selector open = selector;
        return open != null && open.isOpen() ? open : null;
    }

    // ---------------------------------------------------------------------------------------------- signals

    /**
     * Returns the signal emitted when {@link #run()} starts.
     *
     * @return the init signal
     */
    public Signal<Void> initSignal() {
        return initSignal;
    }

    /**
     * Returns the signal emitted at the end of every iteration.
     *
     * @return the step signal
     */
    public Signal<Void> stepSignal() {
        return stepSignal;
    }

    /**
     * Returns the signal emitted when {@link #run()} ends.
     *
     * @return the shutdown signal
     */
    public Signal<Void> shutdownSignal() {
        return shutdownSignal;
    }

    /**
     * Returns the signal on which {@link #reportException} emits failures of callbacks. A handler may call
     * {@link #stop()} to end the loop; otherwise it goes on. A handler that throws is logged.
     *
     * @return the exception signal
     */
    public Signal<Throwable> exceptionSignal() {
        return exceptionSignal;
    }

    /**
     * Reports a failure that escaped a callback (a task, timer, signal or {@code InProgress} callback):
     * emits it on {@link #exceptionSignal()} or, when nothing is connected there, logs it with its stack
     * trace through the {@link System.Logger} named {@code "kaa"}. Safe from any thread; the handlers run
     * on the calling thread.
     *
     * @param failure what was thrown
     */
    public void reportException(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        CoroutineTraces.rewriteReported(failure);
        boolean handled = exceptionSignal.count() != 0;
        FailureReports.reported(failure, handled);
        if (handled) {
            exceptionSignal.emit(failure);
        } else {
            logUnhandled(failure);
        }
    }

    /**
     * Closes the selector, which cancels all channel registrations. The notifier stays usable: a later
     * iteration that needs to sleep opens a new selector.
     *
     * @throws IllegalStateException if a thread drives the loop
     */
    @Override
    public void close() {
        if (isDriven()) {
            throw new IllegalStateException("cannot close a notifier while a thread drives it");
        }
        closeSelector(false);
    }

    /**
     * Sets how long one step of the loop (a task, a coroutine's time slice or resumption, a timer, a posted task, a
     * channel handler) may hold the loop thread before it is logged as slow: a warning on the {@code kaa}
     * {@link System.Logger} naming where the loop thread is, with its stack (coroutine frames name the user's source
     * lines). Only the notifier that is {@link Main#notifier()} is watched, by one daemon thread that samples it every
     * half threshold: a step is reported once, while it runs, at least a threshold and at most about one and a half
     * thresholds after it started, and steps barely longer than the threshold may go unreported. The default is
     * 100 ms, or the system property {@code kaa.debug.slowStepMillis}; zero turns the check off.
     *
     * @param threshold zero or more
     * @throws IllegalArgumentException if {@code threshold} is negative
     */
    public void setSlowStepThreshold(Duration threshold) {
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("negative threshold: " + threshold);
        }
        slowStepThresholdNanos = threshold.toNanos();
        if (!threshold.isZero()) {
            SlowStepWatchdog.ensureStarted();
        }
    }

    /**
     * The threshold above which a step is logged as slow; see {@link #setSlowStepThreshold}.
     *
     * @return the threshold, zero when the check is off
     */
    public Duration slowStepThreshold() {
        return Duration.ofNanos(slowStepThresholdNanos);
    }

    long slowStepThresholdNanos() {
        return slowStepThresholdNanos;
    }

    /** Steps run so far: read by the watchdog thread while the loop thread counts (an opaque read suffices). */
    int stepCount() {
        return (int) STEPS.getOpaque(this);
    }

    Thread driverThread() {
        return driver;
    }

    /** Whether the loop is sleeping in its selector (or about to): not running a step. */
    boolean isSleeping() {
        return blocking;
    }

    @Override
    public String toString() {
        Thread current = driver;
        return "Notifier[" + ticker + (current == null ? ", idle" : ", driven by " + current.getName())
                + (running ? ", running" : "") + "]";
    }

    // ------------------------------------------------------------------------------------------ the loop

    private void iterate(boolean bounded, long deadlineNanos) {
        int enqueuedBeforeStep = runQueue.size();
        boolean nothingPosted = posted.isEmpty();
        Selector open = selector;
        if (enqueuedBeforeStep != 0 && nothingPosted && timers.isEmpty() && !stepSignal.hasCallbacks()
                && (open == null || !needsSelect())) {
            // The fast path, for coroutines yielding to each other: only enqueued tasks to run, and no timer,
            // post, watched channel or step callback that the full iteration below would serve. A task posted meanwhile
            // runs next iteration, as it would if it had come just after the full iteration's runPosted().
            runEnqueued(enqueuedBeforeStep);
            return;
        }
        boolean waited = false;
        if (enqueuedBeforeStep == 0 && nothingPosted && !hasDueTimer()) {
            waitForWork(bounded, deadlineNanos);
            waited = true;
            open = selector;
        } else if (open != null && needsSelect()) {
            select(0);
        }
        runDueTimers();
        if (open != null) {
            dispatchReadyChannels(open);
        }
        // Posted tasks that came after the look above run next iteration, unless this one waited for work:
        // a post is what may have woken it, and must then run in this iteration.
        if (waited || !nothingPosted) {
            runPosted();
        }
        runEnqueued(enqueuedBeforeStep);
        if (stepSignal.hasCallbacks()) {
            stepSignal.emit(null);
        }
    }

    private boolean hasDueTimer() {
        ScheduledTask next = timers.peek();
        return next != null && next.deadlineNanos() - ticker.nanoTime() <= 0;
    }

    /** Sleeps until the next timer, the deadline of a bounded loop, a ready channel or a wakeup. */
    private void waitForWork(boolean bounded, long deadlineNanos) {
        if (Thread.currentThread().isInterrupted()) {
            if (awaitsDriving > 0) {
                return; // the interrupt ends the await() that drives: it checks before the next iteration
            }
            // Not an await's: with the status set the selector would not sleep and the loop would spin.
            Thread.interrupted();
            reportException(new InterruptedException("the notifier's thread \"" + Thread.currentThread().getName()
                    + "\" was interrupted while it drove the loop; the loop cleared the interrupt status and goes on"));
        }
        ScheduledTask nextTimer = timers.peek();
        boolean timed = bounded || nextTimer != null;
        long wakeAt = deadlineNanos;
        if (nextTimer != null && (!bounded || nextTimer.deadlineNanos() - deadlineNanos < 0)) {
            wakeAt = nextTimer.deadlineNanos();
        }
        if (timed && virtualClock != null) {
            virtualClock.advanceTo(wakeAt);
            if (selector != null && needsSelect()) {
                select(0);
            }
            return;
        }
        openSelector();
        blocking = true;
        try {
            // Set blocking before looking at the queues: a producer either sees it and wakes the selector,
            // or enqueued before this look and is seen here (both sides use volatile accesses).
            if ((boolean) WAKEUP_REQUESTED.getAndSet(this, false) || !posted.isEmpty()) {
                if (needsSelect()) {
                    select(0);
                }
                return;
            }
            if (!timed) {
                select(-1);
                return;
            }
            long remaining = wakeAt - ticker.nanoTime();
            if (remaining > 0) {
                select(Math.min(remaining, MAX_DELAY_NANOS) / NANOS_PER_MILLI + 1);
            }
        } finally {
            blocking = false;
        }
    }

    /** {@code timeoutMillis}: 0 polls, negative blocks until woken, positive waits at most that long. */
    private void select(long timeoutMillis) {
        try {
            Selector open = openSelector();
            if (keysCancelled) {
                keysCancelled = false; // before the select, which deregisters every key cancelled until it starts
            }
            selects++;
            if (timeoutMillis == 0) {
                open.selectNow();
            } else if (timeoutMillis < 0) {
                open.select();
            } else {
                open.select(timeoutMillis);
            }
        } catch (IOException e) {
            reportException(new UncheckedIOException("the notifier's selector failed", e));
        }
    }

    /**
     * Whether polling the selector can find something: a channel watched for some operation, or a cancelled key to
     * deregister. A monitor that starts watching from another thread counts itself before it wakes the loop, so the
     * turn after the wakeup polls.
     */
    private boolean needsSelect() {
        return watchingMonitors.get() != 0 || keysCancelled;
    }

    private Selector openSelector() {
        Selector open = selector;
        if (open == null) {
            synchronized (this) {
                open = selector;
                if (open == null) {
                    try {
                        open = Selector.open();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot open a selector for the notifier", e);
                    }
                    selectorCleanup = Cleanup.CLEANER.register(this, closing(open));
                    selector = open;
                }
            }
        }
        return open;
    }

    /**
     * For {@link Main#setNotifier}: closes the selector of this replaced notifier if it only served to sleep (no
     * channel is registered with it) and no thread drives the loop, so that a notifier per test holds no file
     * descriptor once replaced. Loses nothing: a later iteration that needs to sleep opens another.
     */
    void releaseIdleSelector() {
        closeSelector(true);
    }

    /** Closes the selector if one is open; with {@code onlyIdle}, only if no channel is registered and nobody drives. */
    private void closeSelector(boolean onlyIdle) {
        Cleaner.Cleanable cleanup;
        synchronized (this) {
            Selector open = selector;
            if (open == null || onlyIdle && (isDriven() || !open.keys().isEmpty())) {
                return;
            }
            cleanup = selectorCleanup;
            selector = null;
            selectorCleanup = null;
        }
        cleanup.clean();
    }

    /** Closes {@code open}; refers to nothing else, so the notifier it belongs to can be collected. */
    private static Runnable closing(Selector open) {
        return () -> {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the notifier's selector", e);
            }
        };
    }

    private void runDueTimers() {
        if (timers.isEmpty()) {
            return;
        }
        long now = ticker.nanoTime();
        // Timers started by the callbacks below wait for the next iteration, even with a zero delay, so a
        // repeating zero-interval timer cannot keep one iteration going forever.
        long startedBeforeNow = timers.nextSequence();
        ScheduledTask next;
        while ((next = timers.peek()) != null
                && next.deadlineNanos() - now <= 0
                && next.sequence() < startedBeforeNow) {
            timers.poll();
            if (next.start()) {
                runGuarded(next.task());
            }
        }
    }

    private void dispatchReadyChannels(Selector open) {
        Set<SelectionKey> selected = open.selectedKeys();
        if (selected.isEmpty()) {
            return;
        }
        // Copy first: a handler may run a nested loop that selects again and refills the set.
        SelectionKey[] ready = selected.toArray(NO_KEYS);
        selected.clear();
        for (SelectionKey key : ready) {
            if (key.isValid()) {
                IOMonitor monitor = (IOMonitor) key.attachment();
                steps++;
                try {
                    monitor.dispatch(key);
                } catch (Throwable failure) {
                    handleFailure(failure);
                }
            }
        }
    }

    private void runPosted() {
        for (int i = 0; i < MAX_POSTED_PER_STEP; i++) {
            Runnable task = pollPosted();
            if (task == null) {
                return;
            }
            runGuarded(task);
        }
    }

    private void offerPosted(Runnable task) {
        if (postPermits != null) {
            postPermits.acquireUninterruptibly(); // full: wait for the loop (see the bounded constructor)
        }
        posted.offer(task);
    }

    private Runnable pollPosted() {
        Runnable task = posted.poll();
        if (task != null && postPermits != null) {
            postPermits.release();
        }
        return task;
    }

    /** Runs posted tasks until none is left (tasks they post run too). */
    private void runAllPosted() {
        Runnable task;
        while ((task = pollPosted()) != null) {
            runGuarded(task);
        }
    }

    private void runEnqueued(int count) {
        for (int i = 0; i < count; i++) {
            Runnable task = runQueue.pollFirst();
            if (task == null) {
                return; // a nested loop ran them
            }
            runGuarded(task);
        }
    }

    private void runGuarded(Runnable task) {
        steps++;
        try {
            task.run();
        } catch (Throwable failure) {
            handleFailure(failure);
        }
    }

    /** The one rule for what user code throws where nothing waits for it (docs/resumption.md, "Failures"). */
    private void handleFailure(Throwable failure) {
        if (failure instanceof VirtualMachineError) {
            throw (VirtualMachineError) failure;
        }
        reportException(failure);
    }

    // ------------------------------------------------------------------------------------ thread binding

    /**
     * Binds the current thread as the loop thread; {@code false} if it already was (a nested call). While an
     * {@code await()} of another thread drives the loop, waits for it to hand the loop over (it does so at its next
     * iteration); while {@code run()}, {@code step()} or {@code loopUntil()} drives it on another thread, throws.
     */
    private boolean bindCurrentThread() {
        Thread me = Thread.currentThread();
        if (driver == me) {
            return false;
        }
        boolean interrupted = false;
        try {
            for (;;) {
                Thread other;
                synchronized (bindLock) {
                    other = driver;
                    if (other == null) {
                        driverAwaits = false;
                        handoverRequested = false;
                        driver = me;
                        break;
                    }
                    if (!driverAwaits) {
                        throw new IllegalStateException("the notifier is driven by thread \"" + other.getName()
                                + "\"; only that thread may run or step it now (from other threads use post(), call()"
                                + " or enqueue())");
                    }
                    handoverRequested = true;
                }
                parked.add(me);
                try {
                    wakeUp();
                    while (driver == other) {
                        LockSupport.park(this);
                        interrupted |= Thread.interrupted(); // kept for the caller, not a reason to busy-wait
                    }
                } finally {
                    parked.remove(me);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        waitForUndrivenAccess();
        return true;
    }

    /** Binds {@code me} for an {@code await()} if no thread drives the loop. */
    private boolean tryBindForAwait(Thread me) {
        synchronized (bindLock) {
            if (driver != null) {
                return false;
            }
            driverAwaits = true;
            driver = me;
        }
        waitForUndrivenAccess();
        return true;
    }

    private void waitForUndrivenAccess() {
        while (undrivenAccess) {
            Thread.onSpinWait(); // a thread is appending to the run queue or the heap; it takes nanoseconds
        }
    }

    /**
     * Leaves the loop (the outermost {@code loopUntil} or {@code await()} of this thread): what was posted for the
     * loop is run now, unless a parked thread is about to take over driving, which runs it then.
     */
    private void leave() {
        try {
            if (parked.isEmpty()) {
                runAllPosted();
            }
        } finally {
            unbind();
        }
    }

    /**
     * Releases the loop thread and wakes the parked threads: a blocked {@code await()} takes over driving, a
     * {@code run()} waiting for an await binds. A thread that still reads the old driver only posts instead of
     * running directly, and one that reads {@code null} also sees every write the loop made to its run queue and
     * heap.
     */
    private void unbind() {
        synchronized (bindLock) {
            driverAwaits = false;
            DRIVER.setRelease(this, (Thread) null);
        }
        if (!parked.isEmpty()) {
            for (Thread waiting : parked) {
                LockSupport.unpark(waiting);
            }
        }
    }

    /**
     * Takes the lock that lets a thread touch the loop's data while nobody drives it. Fails (and the caller
     * posts instead) if the loop is driven or another thread holds the lock.
     */
    private boolean enterUndriven() {
        if (driver != null || !UNDRIVEN_ACCESS.compareAndSet(this, false, true)) {
            return false;
        }
        // A driver binds before waiting for this lock, so checking again after taking it is enough.
        if (driver != null) {
            undrivenAccess = false;
            return false;
        }
        return true;
    }

    private void wakeUpSelector() {
        if (blocking && BLOCKING.compareAndSet(this, true, false)) {
            selector.wakeup();
        }
    }

    /** A handler of the exception signal threw: nobody else is left to handle that. */
    private static void handlerFailed(Throwable failure) {
        FailureReports.reported(failure, false);
        logUnhandled(failure);
    }

    private static void logUnhandled(Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Unhandled exception in a kaa callback", failure);
    }
}
