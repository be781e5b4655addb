package kaa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import kaa.WriteQueue.PendingWrite;

/**
 * The write side of a blocking stream (the stdin pipe of a child process) behind a {@link WriteQueue}, the queue a
 * {@link Socket} writes through: {@link #write} queues bytes and returns at once; a small fixed pool of {@value #THREADS} daemon threads, shared by every {@code PipeWriter}, does
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
final class PipeWriter {
    /** How many threads write, for all pipes together. */
    static final int THREADS = 2;
    /** The most one turn writes to one pipe. */
    static final int CHUNK_SIZE = 8192;
    private static final ThreadPoolExecutor WRITERS = IoWorkers.daemonPool("kaa-subprocess-stdin-", THREADS, 10);

    private final OutputStream out;
    private final Executor deliver;
    private final String description;
    private final Runnable afterWrite;

    // Guarded by this.
    private final WriteQueue queue;
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
    PipeWriter(OutputStream out, Executor deliver, String description, int queueLimit, Runnable afterWrite) {
        this.out = Objects.requireNonNull(out, "out");
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        this.description = Objects.requireNonNull(description, "description");
        if (queueLimit < 1) {
            throw new IllegalArgumentException("the queue limit must be at least 1, not " + queueLimit);
        }
        this.queue = new WriteQueue(queueLimit);
        this.afterWrite = Objects.requireNonNull(afterWrite, "afterWrite");
    }

    /**
     * Queues {@code bytes} for writing.
     *
     * @param bytes the bytes; the writer keeps the array, so the caller must not change it afterwards
     * @return finishes when the bytes are handed over: at once if they fit in the queue's limit, else when the writes
     *     before them have made room; fails with an {@link IOException} if the stream is closed, or a write fails
     *     before they were handed over (then nothing queued after it is written either); cannot be aborted
     */
    InProgress<Void> write(byte[] bytes) {
        PendingWrite pending = new PendingWrite(ByteBuffer.wrap(bytes), true);
        List<PendingWrite> handedOver;
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
            queue.add(pending);
            handedOver = queue.handOver(null);
            scheduleLocked();
        }
        if (handedOver != null) {
            for (PendingWrite write : handedOver) {
                write.tryFinish(null);
            }
        }
        return pending;
    }

    /**
     * Closes the stream once the queued bytes are written (the reader then sees the end of its input). Closing twice
     * returns the same {@code InProgress}.
     *
     * @return finishes when the stream is closed; fails if a queued write or the close itself fails
     */
    InProgress<Void> close() {
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
    synchronized long queuedBytes() {
        return queue.queuedBytes();
    }

    /**
     * Tells whether {@link #close()} was called.
     *
     * @return {@code true} once closing was asked for
     */
    synchronized boolean isClosing() {
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
        PendingWrite head;
        int offset;
        int length;
        synchronized (this) {
            head = queue.first();
            if (head == null) {
                scheduled = false;
                if (closeRequested != null && !closed) {
                    closed = true;
                    finishClose();
                }
                return;
            }
            offset = head.data.position();
            length = Math.min(CHUNK_SIZE, head.data.remaining());
        }
        try {
            out.write(head.data.array(), head.data.arrayOffset() + offset, length);
            out.flush();
        } catch (IOException e) {
            failAll(new IOException("cannot write to " + description + ": " + e.getMessage(), e));
            return;
        }
        afterWrite.run();
        List<PendingWrite> handedOver;
        synchronized (this) {
            head.data.position(offset + length);
            handedOver = queue.handOver(queue.sent(length, null));
            // Another turn goes to the back of the pool's queue: pipes take turns.
            WRITERS.execute(this::writeTurn);
        }
        if (handedOver != null) {
            for (PendingWrite write : handedOver) {
                deliver.execute(() -> write.tryFinish(null));
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
        List<PendingWrite> failed;
        InProgress<Void> close;
        synchronized (this) {
            failure = cause;
            failed = queue.clear(); // those handed over finished already: their bytes are lost with the stream
            scheduled = false;
            closed = true;
            close = closeRequested;
        }
        closeQuietly();
        deliver.execute(() -> {
            for (PendingWrite write : failed) {
                write.tryFail(cause);
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
}
