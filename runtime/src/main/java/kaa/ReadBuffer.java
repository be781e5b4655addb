package kaa;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The receiving side of a {@link Socket}, touched by the loop thread only: the bytes received and not yet read, and
 * the reads waiting for them, served in order. Bytes leave the buffer only when the read they go to has accepted them
 * (an aborted read takes nothing), so nothing received is lost.
 *
 * <p>The buffer holds at most {@code bufferSize} bytes, more only while the read at the head needs more to finish (a
 * {@code readExactly(n)} or a line up to its maximum length): memory is bounded by what readers asked for, and the
 * socket reads from the kernel only while {@link #wantsData()}.
 */
final class ReadBuffer {
    static final byte[] EMPTY = {};

    private final Notifier notifier;
    private final ArrayDeque<PendingRead> reads = new ArrayDeque<>();
    private int bufferSize;
    private byte[] bytes = EMPTY;
    private int start;
    private int end;
    /** No more bytes will come: end of stream, or the socket was closed. */
    private boolean ended;
    /** Why the stream ended, if it was an error; reads fail with it once the buffered bytes are read. */
    private Throwable failure;

    ReadBuffer(Notifier notifier, int bufferSize) {
        this.notifier = notifier;
        this.bufferSize = bufferSize;
    }

    void setBufferSize(int size) {
        bufferSize = size;
    }

    int available() {
        return end - start;
    }

    /** The size of the array that holds the buffered bytes now. */
    int capacity() {
        return bytes.length;
    }

    boolean isEnded() {
        return ended;
    }

    /** Whether someone waits for bytes that are not there yet, and there is room for them. */
    boolean wantsData() {
        PendingRead head = reads.peekFirst();
        return !ended && head != null && available() < limitFor(head);
    }

    /**
     * Free space to receive into, after the buffered bytes: at most {@code bufferSize} bytes at a time, and no more than
     * the current limit allows; empty if there is no room.
     */
    ByteBuffer space() {
        PendingRead head = reads.peekFirst();
        int limit = head == null ? bufferSize : limitFor(head);
        int room = Math.min(limit - available(), bufferSize);
        if (room <= 0) {
            return ByteBuffer.allocate(0);
        }
        if (bytes.length - end < room) {
            int needed = available() + room;
            byte[] target = bytes.length >= needed ? bytes : new byte[Math.min(limit, Math.max(needed, bytes.length * 2))];
            System.arraycopy(bytes, start, target, 0, available());
            bytes = target;
            end -= start;
            start = 0;
        }
        return ByteBuffer.wrap(bytes, end, room);
    }

    /** {@code n} bytes were received into the last {@link #space()}. */
    void received(int n) {
        end += n;
    }

    /** Appends bytes that came from elsewhere (plaintext a TLS session decoded), growing as needed. */
    void append(ByteBuffer source) {
        int n = source.remaining();
        if (bytes.length - end < n) {
            byte[] grown = new byte[Math.max(available() + n, bytes.length * 2)];
            System.arraycopy(bytes, start, grown, 0, available());
            bytes = grown;
            end -= start;
            start = 0;
        }
        source.get(bytes, end, n);
        end += n;
    }

    /** Takes every buffered byte out, for a TLS session that starts on bytes received before it. */
    byte[] takeAll() {
        byte[] all = Arrays.copyOfRange(bytes, start, end);
        start = 0;
        end = 0;
        return all;
    }

    /** No more bytes will come; {@code cause} is the error that ended the stream, or {@code null}. */
    void end(Throwable cause) {
        if (!ended) {
            ended = true;
            failure = cause;
        }
        serve();
    }

    /** Fails the waiting reads (those made while a connect that failed was under way); the buffer stays open. */
    void failWaiting(Throwable cause) {
        PendingRead read;
        while ((read = reads.pollFirst()) != null) {
            read.tryFail(cause);
        }
    }

    void add(PendingRead read) {
        reads.addLast(read);
        serve();
    }

    /** Finishes the reads that the buffered bytes (or the end of the stream) can finish, in order. */
    void serve() {
        // Taken out before it is finished: its callbacks may read again, which serves the reads behind it first.
        PendingRead head;
        while ((head = reads.pollFirst()) != null) {
            if (!tryServe(head)) {
                reads.addFirst(head);
                break;
            }
        }
        if (available() == 0 && (reads.isEmpty() || bytes.length > bufferSize)) {
            bytes = EMPTY; // an idle socket holds no buffer, and a long line's memory goes once it is read
            start = 0;
            end = 0;
        }
    }

    private int limitFor(PendingRead read) {
        return Math.max(bufferSize, read.kind == PendingRead.EXACTLY ? read.count : read.kind == PendingRead.LINE
                ? read.count : 0);
    }

    /** Whether {@code read} is done with (finished, failed or aborted). */
    private boolean tryServe(PendingRead read) {
        if (read.isFinished()) {
            return true; // aborted
        }
        int available = available();
        switch (read.kind) {
            case PendingRead.CHUNK:
                if (available > 0) {
                    deliver(read, available);
                } else if (ended) {
                    endOfStream(read, ReadBuffer.EMPTY, "");
                } else {
                    return false;
                }
                return true;
            case PendingRead.EXACTLY:
                if (available >= read.count) {
                    deliver(read, read.count);
                } else if (ended) {
                    endOfStream(read, null, "end of stream after " + available + " of " + read.count + " bytes");
                } else {
                    return false;
                }
                return true;
            default:
                return serveLine(read, available);
        }
    }

    private boolean serveLine(PendingRead read, int available) {
        int found = indexOf(read.delimiter);
        if (found >= 0) {
            int length = found - start + read.delimiter.length;
            if (length > read.count) {
                read.tryFail(new LineTooLongException(read.count));
            } else {
                deliver(read, length);
            }
            return true;
        }
        if (available >= read.count) {
            read.tryFail(new LineTooLongException(read.count));
            return true;
        }
        if (!ended) {
            return false;
        }
        if (available > 0) {
            deliver(read, available); // the last line, without a delimiter
        } else {
            endOfStream(read, ReadBuffer.EMPTY, "");
        }
        return true;
    }

    /** At the end of the stream with nothing (or too little) buffered: the error that ended it, or {@code value}. */
    private void endOfStream(PendingRead read, byte[] value, String eofMessage) {
        if (failure != null) {
            read.tryFail(failure);
        } else if (value != null) {
            read.tryFinish(value);
        } else {
            read.tryFail(new EOFException(eofMessage));
        }
    }

    /**
     * Hands the first {@code length} bytes to {@code read}. They leave the buffer before its callbacks run (they may
     * read again), and come back if it was aborted meanwhile by another thread (then no callback ran).
     */
    private void deliver(PendingRead read, int length) {
        byte[] value = Arrays.copyOfRange(bytes, start, start + length);
        start += length;
        if (!read.tryFinish(value)) {
            start -= length;
        }
    }

    private int indexOf(byte[] delimiter) {
        int last = end - delimiter.length;
        outer:
        for (int i = start; i <= last; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (bytes[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A read waiting for bytes; an abort takes it out of the queue before anything was handed to it. */
    final class PendingRead extends InProgress<byte[]> {
        static final int CHUNK = 0;
        static final int EXACTLY = 1;
        static final int LINE = 2;

        final int kind;
        /** EXACTLY: the number of bytes; LINE: the maximum length, delimiter included. */
        final int count;
        final byte[] delimiter;
        /** Called on the loop thread after an abort took this read out. */
        private final Runnable afterAbort;

        PendingRead(int kind, int count, byte[] delimiter, Runnable afterAbort) {
            this.kind = kind;
            this.count = count;
            this.delimiter = delimiter;
            this.afterAbort = afterAbort;
        }

        @Override
        public boolean abort(InProgressAbortedException reason) {
            // Failing first is enough: bytes are taken only by a read that accepts them, so the loop skips this one.
            if (!super.abort(reason)) {
                return false;
            }
            if (notifier.isLoopThread()) {
                removeAborted(this);
            } else {
                notifier.post(() -> removeAborted(this));
            }
            return true;
        }
    }

    private void removeAborted(PendingRead read) {
        if (reads.remove(read)) {
            serve();
            read.afterAbort.run();
        }
    }
}
