package kaa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that serves any number of sources that cannot be selected on, such as the pipes of a child
 * process ({@code java.lang.Process} streams are plain blocking streams, not selectable channels): it polls each
 * source in turn, and each poll moves what is available without blocking (a pipe source reads at most
 * {@code InputStream.available()} bytes). When a whole round found nothing to do the thread parks, for 50 µs at
 * first, doubling up to {@value #MAX_IDLE_PARK_MILLIS} ms while nothing happens; {@link #wakeUp()} (a source that
 * got room again, a new source, a write that will likely be answered) makes it poll again at once and restarts the
 * back-off.
 *
 * <p>So the cost is one thread whatever the number of sources, a latency of at most
 * {@value #MAX_IDLE_PARK_MILLIS} ms after a quiet spell, and while sources are quiet one poll of each per
 * {@value #MAX_IDLE_PARK_MILLIS} ms.
 */
public final class PipePump {
    /** What the pump polls. */
    @FunctionalInterface
    public interface Source {
        /**
         * Polls once, on the pump thread, without blocking.
         *
         * @return {@link #PROGRESS} if it moved something, {@link #IDLE} if there was nothing to do, {@link #DONE}
         *     when it needs no more polls (the pump drops it)
         */
        int poll();

        /** The source moved something: the pump polls again at once. */
        int PROGRESS = 1;
        /** Nothing to do now. */
        int IDLE = 0;
        /** Finished: never polled again. */
        int DONE = -1;
    }

    /** The longest the pump sleeps between rounds while its sources are quiet. */
    public static final long MAX_IDLE_PARK_MILLIS = 10;
    private static final long MIN_IDLE_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    private static final long MAX_IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(MAX_IDLE_PARK_MILLIS);
    private static final PipePump SHARED = new PipePump("kaa-subprocess-pump");

    private final String threadName;
    private final ConcurrentLinkedQueue<Source> added = new ConcurrentLinkedQueue<>();
    private volatile boolean woken;
    private volatile Thread thread;

    PipePump(String threadName) {
        this.threadName = Objects.requireNonNull(threadName, "threadName");
    }

    /**
     * Returns the pump that all {@code kaa.Subprocess}es share.
     *
     * @return the shared pump, whose thread is named {@code kaa-subprocess-pump}
     */
    public static PipePump shared() {
        return SHARED;
    }

    /**
     * Adds a source, starting the pump's thread on first use.
     *
     * @param source polled from now on until it returns {@link Source#DONE}
     */
    public void add(Source source) {
        added.add(Objects.requireNonNull(source, "source"));
        startIfNeeded();
        wakeUp();
    }

    /** Makes the pump poll all sources again now, for a source that can move something again. Any thread. */
    public void wakeUp() {
        woken = true;
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    private void startIfNeeded() {
        if (thread != null) {
            return;
        }
        synchronized (this) {
            if (thread == null) {
                Thread started = new Thread(this::run, threadName);
                started.setDaemon(true);
                thread = started;
                started.start();
            }
        }
    }

    private void run() {
        List<Source> sources = new ArrayList<>();
        long idlePark = MIN_IDLE_PARK_NANOS;
        for (;;) {
            // A wakeUp() that came while the pump was parked (or during the last round) restarts the back-off: the
            // source that woke it may only have something in a moment (a child answering what was just written).
            boolean wokenBeforeRound = woken;
            woken = false;
            Source next;
            while ((next = added.poll()) != null) {
                sources.add(next);
            }
            boolean progress = false;
            for (int i = sources.size() - 1; i >= 0; i--) {
                int outcome = pollGuarded(sources.get(i));
                if (outcome == Source.DONE) {
                    sources.set(i, sources.get(sources.size() - 1));
                    sources.remove(sources.size() - 1);
                } else if (outcome == Source.PROGRESS) {
                    progress = true;
                }
            }
            if (progress || wokenBeforeRound || woken) {
                idlePark = MIN_IDLE_PARK_NANOS;
                continue;
            }
            if (sources.isEmpty()) {
                LockSupport.park(this); // until add()
            } else {
                LockSupport.parkNanos(this, idlePark);
                idlePark = Math.min(idlePark * 2, MAX_IDLE_PARK_NANOS);
            }
            Thread.interrupted(); // nobody should interrupt the pump; if someone did, parking must still work
        }
    }

    /** A source that throws is a bug in it: reported, and dropped so that it cannot make the pump spin. */
    private int pollGuarded(Source source) {
        try {
            return source.poll();
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError) {
                throw (VirtualMachineError) failure;
            }
            kaa.Main.notifier().reportException(failure);
            return Source.DONE;
        }
    }
}
