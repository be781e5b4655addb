package kaa.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kaa.InProgress;

/**
 * The write side of a blocking stream (the stdin pipe of a child process) behind a queue: {@link #write} queues bytes
 * and returns at once; a small fixed pool of {@value #THREADS} daemon threads, shared by every {@code PipeWriter}, does
 * the blocking writes. A write's {@code InProgress} finishes when its bytes are handed over: written, or in the queue
 * within its limit (so a writer that awaits its writes is held back once the queue is full, and the queue never holds
 * much more than the limit). A pipe's writes go in order, {@value #CHUNK_SIZE} bytes per turn, and pipes with queued
 * bytes take turns, so one large write does not hold a thread for longer than the reader of that pipe takes to make
 * room.
 *
 * <p>The limit of the design: a blocking write cannot be abandoned, so a reader that stops reading while bytes are
 * queued for it holds one writer thread until it reads, exits or dies; with {@value #THREADS} such readers the writes
 * to all other pipes wait too. Outcomes are delivered through the given executor (the notifier's {@code post}).
 */
public final class PipeWriter {
    /** How many threads write, for all pipes together. */
    public static final int THREADS = 2;
    /** The most one turn writes to one pipe. */
    public static final int CHUNK_SIZE = 8192;
    private static final ThreadPoolExecutor WRITERS = writers();

    private static final class Pending {
        final byte[] bytes;
        final InProgress<Void> result = new InProgress<>();
        /** How many of {@link #bytes} have been written. */
        int written;
        /** Its result is finished (or about to be): the bytes are in the queue within the limit, or written. */
        boolean handedOver;

        Pending(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private final OutputStream out;
    private final Executor deliver;
    private final String description;
    private final long queueLimit;
    private final Runnable afterWrite;

    // Guarded by this.
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private long queuedBytes;
    /** A writer thread has this pipe's next turn queued or is writing it. */
    private boolean scheduled;
    private InProgress<Void> closeRequested;
    private boolean closed;
    private IOException failure;

    /**
     * Wraps a blocking stream.
     *
     * @param out the stream; only the writer threads touch it from now on
     * @param deliver runs the completion of each {@code InProgress} (the notifier's {@code post})
     * @param description names the stream in error messages, such as {@code "the stdin of [cat]"}
     * @param queueLimit how many bytes may wait in the queue with their writes finished; at least 1
     * @param afterWrite run on the writer thread after each piece written (a subprocess wakes its pump: an answer
     *     is likely to follow)
     */
    public PipeWriter(OutputStream out, Executor deliver, String description, int queueLimit, Runnable afterWrite) {
        this.out = Objects.requireNonNull(out, "out");
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        this.description = Objects.requireNonNull(description, "description");
        if (queueLimit < 1) {
            throw new IllegalArgumentException("the queue limit must be at least 1, not " + queueLimit);
        }
        this.queueLimit = queueLimit;
        this.afterWrite = Objects.requireNonNull(afterWrite, "afterWrite");
    }

    /**
     * Queues {@code bytes} for writing.
     *
     * @param bytes the bytes; the writer keeps the array, so the caller must not change it afterwards
     * @return finishes when the bytes are handed over: at once if they fit in the queue's limit, else when the writes
     *     before them have made room; fails with an {@link IOException} if the stream is closed, or a write fails
     *     before they were handed over (then nothing queued after it is written either)
     */
    public InProgress<Void> write(byte[] bytes) {
        Pending pending = new Pending(bytes);
        synchronized (this) {
            if (failure != null) {
                return InProgress.failed(failure);
            }
            if (closeRequested != null) {
                return InProgress.failed(new IOException("cannot write to " + description + ": it is closed"));
            }
            if (bytes.length == 0) {
                return InProgress.finished(null);
            }
            queue.addLast(pending);
            queuedBytes += bytes.length;
            pending.handedOver = queuedBytes <= queueLimit;
            scheduleLocked();
        }
        if (pending.handedOver) {
            pending.result.tryFinish(null);
        }
        return pending.result;
    }

    /**
     * Closes the stream once the queued bytes are written (the reader then sees the end of its input). Closing twice
     * returns the same {@code InProgress}.
     *
     * @return finishes when the stream is closed; fails if a queued write or the close itself fails
     */
    public InProgress<Void> close() {
        synchronized (this) {
            if (closeRequested == null) {
                closeRequested = new InProgress<>();
                if (failure != null) {
                    closeRequested.tryFail(failure); // the stream was closed when the write failed
                } else {
                    scheduleLocked();
                }
            }
            return closeRequested;
        }
    }

    /**
     * Returns how many bytes are queued and not written yet.
     *
     * @return the queued bytes
     */
    public synchronized long queuedBytes() {
        return queuedBytes;
    }

    /**
     * Tells whether {@link #close()} was called.
     *
     * @return {@code true} once closing was asked for
     */
    public synchronized boolean isClosing() {
        return closeRequested != null;
    }

    private void scheduleLocked() {
        if (!scheduled && !closed) {
            scheduled = true;
            WRITERS.execute(this::writeTurn);
        }
    }

    /** One turn, on a writer thread: up to {@link #CHUNK_SIZE} bytes of the first queued write, or the close. */
    private void writeTurn() {
        Pending head;
        int offset;
        int length;
        synchronized (this) {
            head = queue.peekFirst();
            if (head == null) {
                scheduled = false;
                if (closeRequested != null && !closed) {
                    closed = true;
                    finishClose();
                }
                return;
            }
            offset = head.written;
            length = Math.min(CHUNK_SIZE, head.bytes.length - offset);
        }
        try {
            out.write(head.bytes, offset, length);
            out.flush();
        } catch (IOException e) {
            failAll(new IOException("cannot write to " + description + ": " + e.getMessage(), e));
            return;
        }
        afterWrite.run();
        synchronized (this) {
            head.written += length;
            queuedBytes -= length;
            if (head.written == head.bytes.length) {
                queue.pollFirst();
            }
            handOverLocked(head);
            // Another turn goes to the back of the pool's queue: pipes take turns.
            WRITERS.execute(this::writeTurn);
        }
    }

    /** Finishes the writes that are now within the limit: those whose bytes, and all queued before, fit in it. */
    private void handOverLocked(Pending written) {
        if (!written.handedOver && written.written == written.bytes.length) {
            written.handedOver = true;
            deliver.execute(() -> written.result.tryFinish(null));
        }
        long ahead = 0;
        for (Pending pending : queue) {
            ahead += pending.bytes.length - pending.written;
            if (ahead > queueLimit) {
                return;
            }
            if (!pending.handedOver) {
                pending.handedOver = true;
                deliver.execute(() -> pending.result.tryFinish(null));
            }
        }
    }

    private void finishClose() {
        try {
            out.close();
        } catch (IOException e) {
            IOException failed = new IOException("cannot close " + description + ": " + e.getMessage(), e);
            deliver.execute(() -> closeRequested.tryFail(failed));
            return;
        }
        deliver.execute(() -> closeRequested.tryFinish(null));
    }

    private void failAll(IOException cause) {
        ArrayDeque<Pending> failed = new ArrayDeque<>();
        InProgress<Void> close;
        synchronized (this) {
            failure = cause;
            for (Pending pending : queue) {
                if (!pending.handedOver) {
                    failed.add(pending); // the others finished already: their bytes are lost with the stream
                }
            }
            queue.clear();
            queuedBytes = 0;
            scheduled = false;
            closed = true;
            close = closeRequested;
        }
        closeQuietly();
        deliver.execute(() -> {
            for (Pending pending : failed) {
                pending.result.tryFail(cause);
            }
            if (close != null) {
                close.tryFail(cause);
            }
        });
    }

    private void closeQuietly() {
        try {
            out.close();
        } catch (IOException ignored) {
            // already failed: the failure that matters has been reported to the writes
        }
    }

    private static ThreadPoolExecutor writers() {
        AtomicInteger started = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "kaa-subprocess-stdin-" + started.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
