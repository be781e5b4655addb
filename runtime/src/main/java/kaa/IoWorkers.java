package kaa;

import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few daemon threads that do the blocking parts of socket work off the loop thread: name resolution and the
 * delegated tasks of a TLS handshake. Bounded ({@value #THREADS} threads, idle ones end after a while); results are
 * posted back to the notifier that asked.
 */
final class IoWorkers {
    private static final int THREADS = 4;
    private static final ThreadPoolExecutor EXECUTOR = daemonPool("kaa-io-", THREADS, 30);

    private IoWorkers() {}

    /**
     * A pool of at most {@code threads} daemon threads named {@code namePrefix} and a number, whose threads end after
     * {@code keepAliveSeconds} idle; tasks beyond the threads wait in an unbounded queue. Also the pool of
     * {@link PipeWriter}.
     */
    static ThreadPoolExecutor daemonPool(String namePrefix, int threads, long keepAliveSeconds) {
        AtomicInteger started = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, keepAliveSeconds, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, namePrefix + started.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** What to do on the loop thread with the outcome of blocking work: exactly one of the two is non-null. */
    @FunctionalInterface
    interface Outcome<T> {
        void done(T value, Throwable failure);
    }

    /** Runs {@code work} on a worker thread and posts its outcome to {@code notifier}. */
    static <T> void run(Notifier notifier, Callable<T> work, Outcome<? super T> outcome) {
        EXECUTOR.execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Throwable failure) {
                notifier.post(() -> outcome.done(null, failure));
                return;
            }
            notifier.post(() -> outcome.done(value, null));
        });
    }
}
