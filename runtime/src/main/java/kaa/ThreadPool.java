package kaa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import kaa.internal.Listener;
import kaa.internal.NamedInProgress;
import kaa.internal.ThreadedCall;

/**
 * A named pool of threads for blocking work, kaa's {@code ThreadPool}, and the home of every job that
 * {@code @Threaded} methods run.
 *
 * <pre>{@code
 * ThreadPool.builder("io").size(4).register();                    // once, at startup
 * InProgress<String> text = ThreadPool.named("io").submit(() -> Files.readString(path));
 * }</pre>
 *
 * <h2>Scheduling</h2>
 * A pool has one queue, ordered by priority (higher first) and by submission within one priority. Threads are started
 * lazily, only when a job finds no idle one, and never more than {@link #size()}; a thread that stays idle for the
 * pool's idle timeout exits. Worker threads are named {@code <pool name>-<n>}. The threads and the queue are a JDK
 * {@link ThreadPoolExecutor} on a {@link PriorityBlockingQueue} whose core threads time out; what it cannot do is
 * here: starting a thread only when no idle one will take the job, the jobs' priorities, aborting a queued or running
 * job, and delivering results on the notifier thread.
 *
 * <h2>Threads</h2>
 * A job's outcome is delivered on the notifier thread, as kaa does: the job's thread posts it to the notifier, and
 * the {@code InProgress} finishes, and its callbacks run, when the loop runs the post — at once if a thread drives
 * the loop, else as soon as one does ({@link Main#run()}, {@link Main#step()}, or {@link InProgress#await()}, which
 * drives the loop itself when nothing else does). A coroutine awaiting a job therefore always resumes on the
 * notifier thread. All methods are safe from any thread.
 *
 * <h2>Aborting</h2>
 * {@linkplain InProgress#abort() Aborting} a job's {@code InProgress} before the job starts removes it from the queue:
 * it never runs. Aborting it while it runs emits its {@link InProgress#abortSignal()} and interrupts its thread, so
 * the job can stop, cooperatively through {@link #currentJob()} or by an {@link InterruptedException}; whatever the
 * job returns or throws afterwards is dropped. A thread is interrupted only while it runs the aborted job, and its
 * interrupt status is cleared before it takes another.
 *
 * <h2>Lifetime</h2>
 * A pool lives until {@link #shutdown()}, {@link #shutdownAll()}, or the end of {@link Notifier#run()} on the notifier
 * that was {@link Main#notifier()} when the pool was registered (it listens to that notifier's
 * {@link Notifier#shutdownSignal()}).
 */
public final class ThreadPool {
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    private static final ConcurrentMap<String, ThreadPool> REGISTRY = new ConcurrentHashMap<>();
    private static final ThreadLocal<InProgress<?>> CURRENT_JOB = new ThreadLocal<>();
    /** Higher priority first, then first submitted first. */
    private static final Comparator<Job<?>> QUEUE_ORDER = (a, b) -> a.priority != b.priority
            ? Integer.compare(b.priority, a.priority)
            : Long.compare(a.sequence, b.sequence);

    static {
        ThreadedCall.install(ThreadPool::dispatch);
    }

    private final String name;
    private final int size;
    private final Consumer<Void> onNotifierShutdown = ignored -> shutdown();
    private final AtomicInteger threadsStarted = new AtomicInteger();
    /** The threads and the queue; its core threads are all its threads, and they time out. */
    private final ThreadPoolExecutor executor;
    /** The jobs running now, for {@link #shutdown()} to abort. */
    private final Set<Job<?>> running = ConcurrentHashMap.newKeySet();

    // Guarded by this: queuing and shutting down are atomic to each other.
    private long nextSequence;
    private boolean shutDown;
    private Signal<Void> boundShutdownSignal;

    private ThreadPool(Builder builder) {
        name = builder.name;
        size = builder.size;
        boolean daemon = builder.daemon;
        long idleNanos = Math.max(1, saturatedNanos(builder.idleTimeout));
        @SuppressWarnings("unchecked") // the queue holds only jobs; the executor wants a queue of Runnables
        Comparator<Runnable> order = (Comparator<Runnable>) (Comparator<?>) QUEUE_ORDER;
        executor = new ThreadPoolExecutor(size, size, idleNanos, TimeUnit.NANOSECONDS,
                new PriorityBlockingQueue<>(11, order), runnable -> {
                    Thread thread = new Thread(runnable, name + "-" + threadsStarted.incrementAndGet());
                    thread.setDaemon(daemon);
                    return thread;
                }) {
            @Override
            protected void beforeExecute(Thread thread, Runnable job) {
                running.add((Job<?>) job);
            }

            @Override
            protected void afterExecute(Runnable job, Throwable failure) {
                running.remove((Job<?>) job);
            }
        };
        executor.allowCoreThreadTimeOut(true);
    }

    // ------------------------------------------------------------------------------------------------ registration

    /**
     * Starts configuring a pool; {@link Builder#register()} creates it. Pools are registered once, at startup, and
     * found by name with {@link #named(String)}, which is what {@code @Threaded(pool = name)} does.
     *
     * @param name the pool's name, unique among registered pools
     * @return a builder with size 1, an idle timeout of 30 seconds and daemon threads
     * @throws IllegalArgumentException if {@code name} is empty or {@link Threaded#MAIN}
     */
    public static Builder builder(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a thread pool needs a name; \"\" means a new thread per call");
        }
        if (name.equals(Threaded.MAIN)) {
            throw new IllegalArgumentException("\"" + Threaded.MAIN + "\" (Threaded.MAIN) is the notifier's thread,"
                    + " not a pool name");
        }
        return new Builder(name);
    }

    /**
     * The registered pool called {@code name}. Never creates one: pools are registered explicitly, so a misspelt name
     * is an error rather than a surprise thread.
     *
     * @param name the pool's name
     * @return the pool
     * @throws IllegalArgumentException if no pool of that name is registered; the message lists those that are
     */
    public static ThreadPool named(String name) {
        Objects.requireNonNull(name, "name");
        ThreadPool pool = REGISTRY.get(name);
        if (pool == null) {
            Set<String> registered = new TreeSet<>(REGISTRY.keySet());
            throw new IllegalArgumentException("no thread pool named \"" + name + "\" is registered ("
                    + (registered.isEmpty() ? "none is" : "registered: " + registered) + "); register it once at"
                    + " startup with ThreadPool.builder(\"" + name + "\").size(n).register()");
        }
        return pool;
    }

    /** Shuts down every registered pool; see {@link #shutdown()}. */
    public static void shutdownAll() {
        for (ThreadPool pool : new ArrayList<>(REGISTRY.values())) {
            pool.shutdown();
        }
    }

    /**
     * Returns the name the pool is registered under.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the most threads the pool runs at once.
     *
     * @return the size given to the builder
     */
    public int size() {
        return size;
    }

    // ------------------------------------------------------------------------------------------------ jobs

    /**
     * Runs {@code task} on a pool thread, with priority 0.
     *
     * @param task the job
     * @param <T> the type of its result
     * @return an {@code InProgress} finished with what {@code task} returns, or failed with exactly what it throws
     *     (an aborted job, or one submitted after {@link #shutdown()}, fails with an
     *     {@link InProgressAbortedException})
     */
    public <T> InProgress<T> submit(Callable<T> task) {
        return submit(0, task);
    }

    /**
     * Runs {@code task} on a pool thread once the jobs queued before it with the same or a higher priority have
     * started. See the class description for aborting and for the thread callbacks run on.
     *
     * @param priority higher runs first
     * @param task the job
     * @param <T> the type of its result
     * @return an {@code InProgress} finished with what {@code task} returns, or failed with exactly what it throws
     *     (an aborted job, or one submitted after {@link #shutdown()}, fails with an
     *     {@link InProgressAbortedException})
     */
    public <T> InProgress<T> submit(int priority, Callable<T> task) {
        return enqueue(priority, "a task of thread pool \"" + name + "\"", bodyOf(task));
    }

    /**
     * Runs {@code task} on a new daemon thread of its own, kaa's {@code @threaded()} without a pool. Aborting the
     * returned {@code InProgress} while the task runs interrupts that thread, as in a pool.
     *
     * @param threadName the new thread's name
     * @param task the job
     * @param <T> the type of its result
     * @return an {@code InProgress} finished with what {@code task} returns, or failed with exactly what it throws
     */
    public static <T> InProgress<T> startThread(String threadName, Callable<T> task) {
        Objects.requireNonNull(threadName, "threadName");
        return startThread(threadName, bodyOf(task));
    }

    /**
     * The job running on the current thread, so that its body can see whether it was aborted
     * ({@code isFinished()}) or connect to its {@link InProgress#abortSignal()}. Jobs are those of {@link #submit},
     * {@link #startThread} and {@code @Threaded} methods (on {@link Threaded#MAIN}, while the body runs).
     *
     * @return the current job's {@code InProgress}, or {@code null} when the thread is not running a job
     */
    public static InProgress<?> currentJob() {
        return CURRENT_JOB.get();
    }

    // ------------------------------------------------------------------------------------------------ shutdown

    /**
     * Shuts the pool down: unregisters it (its name can be registered again), fails every queued job with an
     * {@link InProgressAbortedException} saying so, aborts running jobs (which interrupts their threads) and lets the
     * threads exit. Jobs submitted afterwards fail the same way. Does not wait for running jobs to return; calling it
     * again does nothing.
     */
    public void shutdown() {
        List<Runnable> queued;
        List<Job<?>> active;
        Signal<Void> bound;
        synchronized (this) {
            if (shutDown) {
                return;
            }
            shutDown = true;
            queued = new ArrayList<>(executor.getQueue());
            executor.getQueue().clear();
            active = new ArrayList<>(running);
            bound = boundShutdownSignal;
            boundShutdownSignal = null;
            executor.shutdown(); // idle threads exit now; running ones after their job, which the abort interrupts
        }
        REGISTRY.remove(name, this);
        if (bound != null) {
            bound.disconnect(onNotifierShutdown);
        }
        for (Runnable job : queued) {
            ((Job<?>) job).result.abort(shutDownException());
        }
        for (Job<?> job : active) {
            job.result.abort(shutDownException());
        }
    }

    @Override
    public String toString() {
        synchronized (this) {
            return "ThreadPool[" + name + ", size " + size + ", " + executor.getPoolSize() + " threads, "
                    + executor.getQueue().size() + " queued" + (shutDown ? ", shut down" : "") + "]";
        }
    }

    // ------------------------------------------------------------------------------------------------ internals

    /** {@link ThreadedCall#run}: where a {@code @Threaded} body runs. */
    private static <T> InProgress<T> dispatch(String pool, int priority, String name, ThreadedCall.Body<T> body) {
        if (pool.isEmpty()) {
            return startThread(name, body);
        }
        if (pool.equals(Threaded.MAIN)) {
            return onNotifierThread(name, body);
        }
        return named(pool).enqueue(priority, name, body);
    }

    private static <T> ThreadedCall.Body<T> bodyOf(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        return () -> InProgress.finished(task.call());
    }

    private static <T> InProgress<T> startThread(String threadName, ThreadedCall.Body<T> body) {
        Job<T> job = new Job<>(threadName, body, null, true);
        Thread thread = new Thread(job::run, threadName);
        thread.setDaemon(true);
        thread.start();
        return job.result;
    }

    /** Threaded.MAIN: the notifier thread is never interrupted (that would make the loop spin). */
    private static <T> InProgress<T> onNotifierThread(String name, ThreadedCall.Body<T> body) {
        Job<T> job = new Job<>(name, body, null, false);
        Notifier notifier = Main.notifier();
        if (notifier.isLoopThread() || !notifier.isDriven()) {
            job.run();
        } else {
            notifier.post(job::run);
        }
        return job.result;
    }

    private <T> InProgress<T> enqueue(int priority, String jobName, ThreadedCall.Body<T> body) {
        Job<T> job = new Job<>(jobName, body, this, true);
        synchronized (this) {
            if (!shutDown) {
                job.priority = priority;
                job.sequence = nextSequence++;
                try {
                    startOrQueue(job);
                    return job.result;
                } catch (RejectedExecutionException cannotStartAThread) {
                    executor.remove(job);
                    throw cannotStartAThread;
                }
            }
        }
        job.result.abort(shutDownException());
        return job.result;
    }

    /**
     * Queues {@code job}, and starts a thread only if no idle one will take it: the executor alone would start a
     * thread per job until it has {@link #size()}. Idle threads wait in the queue; those woken for jobs queued before
     * this one have not taken them yet, so the queue is longer than the idle threads exactly when a job would otherwise
     * wait for a busy one.
     */
    private void startOrQueue(Job<?> job) {
        executor.getQueue().offer(job);
        int threads = executor.getPoolSize();
        int idle = threads - executor.getActiveCount();
        if (executor.getQueue().size() > idle && threads < size) {
            executor.prestartCoreThread();
        }
    }

    private void dequeue(Job<?> job) {
        executor.remove(job);
    }

    /** Connects to {@code notifier}'s shutdown signal, unless the pool was shut down meanwhile. */
    private void bindTo(Notifier notifier) {
        Signal<Void> signal = notifier.shutdownSignal();
        synchronized (this) {
            if (!shutDown) {
                signal.connectOnce(onNotifierShutdown);
                boundShutdownSignal = signal;
            }
        }
    }

    private InProgressAbortedException shutDownException() {
        return new InProgressAbortedException("thread pool \"" + name + "\" was shut down");
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Configures a {@link ThreadPool}; {@link #register()} creates it. Not thread-safe: configure it on one thread.
     */
    public static final class Builder {
        private final String name;
        private int size = 1;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private boolean daemon = true;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the most threads the pool runs at once; they are started only as jobs need them.
         *
         * @param threads at least 1; the default is 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder size(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("a thread pool needs at least one thread, not " + threads);
            }
            this.size = threads;
            return this;
        }

        /**
         * Sets how long a thread waits for a job before it exits.
         *
         * @param timeout zero or more; the default is 30 seconds
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is negative
         */
        public Builder idleTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("negative idle timeout: " + timeout);
            }
            this.idleTimeout = timeout;
            return this;
        }

        /**
         * Sets whether the pool's threads are daemon threads, which do not keep the JVM alive.
         *
         * @param daemonThreads the default is {@code true}
         * @return this builder
         */
        public Builder daemon(boolean daemonThreads) {
            this.daemon = daemonThreads;
            return this;
        }

        /**
         * Creates the pool and registers it under its name. It starts no thread yet, and it shuts down with the
         * notifier that is {@link Main#notifier()} now, when that notifier's {@link Notifier#run()} ends.
         *
         * @return the new pool
         * @throws IllegalStateException if a pool of that name is registered already
         */
        public ThreadPool register() {
            ThreadPool pool = new ThreadPool(this);
            ThreadPool existing = REGISTRY.putIfAbsent(name, pool);
            if (existing != null) {
                throw new IllegalStateException("a thread pool named \"" + name + "\" is registered already ("
                        + existing + "); shut it down first or choose another name");
            }
            pool.bindTo(Main.notifier());
            return pool;
        }
    }

    /**
     * One run of a body: queued, running, done or aborted, and whom to dequeue, interrupt or abort when its
     * {@code InProgress} is aborted. A listener of the body's {@code InProgress} when that is unfinished.
     */
    private static final class Job<T> implements Listener, Runnable {
        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABORTED = 3;

        final InProgress<T> result;
        private final String name;
        private final ThreadPool pool;
        private final boolean interruptible;
        /** Set by the pool, under its lock, when queued. */
        int priority;
        long sequence;

        // Guarded by this.
        private ThreadedCall.Body<T> body;
        private int state = QUEUED;
        private Thread runner;
        private InProgress<T> followed;

        /** A job queued in {@code pool} (or in none), whose thread an abort interrupts if {@code interruptible}. */
        Job(String name, ThreadedCall.Body<T> body, ThreadPool pool, boolean interruptible) {
            this.result = new NamedInProgress<>("thread job", name);
            this.name = name;
            this.body = body;
            this.pool = pool;
            this.interruptible = interruptible;
            result.abortSignal().connect(this::onAbort);
        }

        /** Runs the body on the current thread, unless it was aborted first, and finishes {@link #result}. */
        @Override
        public void run() {
            ThreadedCall.Body<T> work;
            synchronized (this) {
                if (state != QUEUED) {
                    return;
                }
                state = RUNNING;
                runner = interruptible ? Thread.currentThread() : null;
                work = body;
                body = null;
            }
            InProgress<?> outer = CURRENT_JOB.get();
            CURRENT_JOB.set(result);
            InProgress<T> returned = null;
            Throwable thrown = null;
            try {
                returned = work.call();
                if (returned == null) {
                    thrown = new NullPointerException("the @Threaded method " + name + " returned null instead of"
                            + " done(value)");
                }
            } catch (Throwable failure) {
                thrown = failure;
            } finally {
                if (outer == null) {
                    CURRENT_JOB.remove();
                } else {
                    CURRENT_JOB.set(outer);
                }
            }
            boolean deliver;
            synchronized (this) {
                deliver = state == RUNNING;
                state = DONE;
                runner = null;
                if (deliver && thrown == null && !returned.isFinished()) {
                    followed = returned;
                }
            }
            if (interruptible) {
                // After DONE no abort interrupts this thread any more; one that came before is spent.
                Thread.interrupted();
            }
            if (!deliver) {
                if (returned != null) {
                    // Aborted while running: its outcome is dropped, also a failure the body returned for the
                    // interrupt (return InProgress.failed(e)), which is no unobserved failure (usertest round 4,
                    // finding 04); an unfinished one is aborted as what an aborted coroutine awaited.
                    if (returned.isFinished()) {
                        returned.exception();
                    } else {
                        InProgress.abandon(returned, new InProgressAbortedException("the @Threaded call " + name
                                + " was aborted"));
                    }
                }
                return;
            }
            // Delivered on the notifier thread, as kaa does: a coroutine awaiting the result resumes there even when
            // nothing drives the notifier at this moment (the next thread that drives it delivers).
            Throwable failure = thrown;
            InProgress<T> outcome = returned;
            Runnable delivery = failure != null ? () -> result.tryFail(failure) : () -> outcome.addListener(this);
            Notifier notifier = Main.notifier();
            if (!interruptible || notifier.isLoopThread()) {
                // Threaded.MAIN ran on the notifier thread, or as it while nothing drives the notifier.
                delivery.run();
            } else {
                notifier.post(delivery);
            }
        }

        /** The body's {@code InProgress} has finished: this one finishes the same way. */
        @Override
        @SuppressWarnings("unchecked")
        public void onDone(InProgress<?> source) {
            synchronized (this) {
                followed = null;
            }
            Throwable failure = source.exception();
            if (failure != null) {
                result.tryFail(failure);
            } else {
                result.tryFinish((T) source.result());
            }
        }

        /** Called by {@code result.abort()} before it fails {@code result}. */
        private void onAbort(InProgressAbortedException reason) {
            boolean dequeue = false;
            InProgress<T> cascade = null;
            synchronized (this) {
                if (state == QUEUED) {
                    state = ABORTED;
                    body = null;
                    dequeue = pool != null;
                } else if (state == RUNNING) {
                    state = ABORTED;
                    if (runner != null) {
                        runner.interrupt(); // with the lock held: the runner cannot have moved on to another job
                    }
                } else if (state == DONE) {
                    cascade = followed;
                    followed = null;
                }
            }
            if (dequeue) {
                pool.dequeue(this);
            }
            if (cascade != null) {
                // As a coroutine does with what it awaits: abort it unless someone else waits for it too.
                cascade.removeListener(this);
                InProgress.abandon(cascade, reason);
            }
        }
    }
}
