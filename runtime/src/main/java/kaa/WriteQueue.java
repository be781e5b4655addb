package kaa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The sending side of a stream -- a {@link Socket}, or the stdin of a {@link Subprocess} ({@link PipeWriter}): writes
 * in order, each finished once its bytes are handed over, either sent or held by the queue within {@code limit}. A
 * write whose bytes do not fit stays unfinished until the writes before it have gone out and made room
 * (back-pressure), so a writer that awaits its writes goes at the pace of the reader, and the queue never holds more
 * than {@code limit} bytes of writes it has finished.
 *
 * <p>A write either owns its bytes from the start (a subprocess's stdin copies them when written) or holds the
 * caller's (a socket's): those are copied when the write is handed over before it was sent, which a socket does only
 * for what is left of a write when that is small (see {@link #WriteQueue(int, int)}).
 *
 * <p>Not thread-safe: a socket uses it on the loop thread, a pipe writer under its lock. The methods that hand writes
 * over return them instead of finishing them, so that the owner finishes them where their callbacks may run (outside a
 * lock, after the queue is consistent: a callback may write again, or close the stream).
 */
final class WriteQueue {
    private final ArrayDeque<PendingWrite> writes = new ArrayDeque<>();
    private int limit;
    private final int copyAtMost;
    /** Bytes not yet sent of all queued writes. */
    private long queuedBytes;
    /** Bytes not yet sent of the writes handed over: what counts against the limit. */
    private long heldBytes;

    WriteQueue(int limit) {
        this(limit, Integer.MAX_VALUE);
    }

    /**
     * A queue that copies the caller's bytes of a write only while what is left of it is at most {@code copyAtMost}
     * bytes: a larger write is sent from the caller's array and finishes when the rest of it is small enough, or sent.
     * Copying it would cost as much as sending it, and a large write is where the kernel's buffer does the pipelining
     * anyway.
     */
    WriteQueue(int limit, int copyAtMost) {
        this.limit = limit;
        this.copyAtMost = copyAtMost;
    }

    void setLimit(int newLimit) {
        limit = newLimit;
    }

    boolean isEmpty() {
        return writes.isEmpty();
    }

    /** Bytes not yet sent of all queued writes, handed over or not. */
    long queuedBytes() {
        return queuedBytes;
    }

    /** Bytes not yet sent of the writes handed over (finished); never more than the limit. */
    long heldBytes() {
        return heldBytes;
    }

    void add(PendingWrite write) {
        writes.addLast(write);
        queuedBytes += write.data.remaining();
    }

    /** The first write, whose bytes go out next, or {@code null}. */
    PendingWrite first() {
        return writes.peekFirst();
    }

    /**
     * {@code n} more bytes of the {@linkplain #first() first write} went out (its buffer's position has moved on by
     * {@code n}); a write sent in full leaves the queue, and is handed over if it was not yet.
     *
     * @param handedOver where to add the writes handed over, or {@code null}
     * @return the writes handed over, {@code handedOver} or a new list; {@code null} if none
     */
    List<PendingWrite> sent(int n, List<PendingWrite> handedOver) {
        return addAll(handedOver, sent(n, (PendingWrite) null));
    }

    /**
     * Hands over the writes that fit within the limit now, in order, copying the bytes of those that do not own them.
     *
     * @param handedOver where to add the writes handed over, or {@code null}
     * @return the writes handed over, {@code handedOver} or a new list; {@code null} if none
     */
    List<PendingWrite> handOver(List<PendingWrite> handedOver) {
        return addAll(handedOver, handOver((PendingWrite) null));
    }

    /**
     * Sends what the sink takes, in order, then hands over what fits behind; returns whether everything went out. The
     * writes handed over are finished last: their callbacks may write again, or close the socket.
     *
     * @throws IOException from the sink; the writes handed over before it failed are finished all the same
     */
    boolean flush(Transport sink) throws IOException {
        PendingWrite handedOver = null; // most recent first, linked through PendingWrite.next: no list per flush
        try {
            PendingWrite head;
            while ((head = writes.peekFirst()) != null) {
                int before = head.data.remaining();
                if (before > 0) {
                    sink.write(head.data);
                }
                handedOver = sent(before - head.data.remaining(), handedOver);
                if (head.data.hasRemaining()) {
                    break;
                }
            }
            handedOver = handOver(handedOver);
        } finally {
            for (PendingWrite write = reverse(handedOver); write != null; ) {
                PendingWrite next = write.next;
                write.next = null;
                write.tryFinish(null);
                write = next;
            }
        }
        return writes.isEmpty();
    }

    /** {@link #sent(int, List)}, adding to a chain of writes handed over, most recent first. */
    private PendingWrite sent(int n, PendingWrite handedOver) {
        PendingWrite head = writes.peekFirst();
        queuedBytes -= n;
        if (head.handedOver) {
            heldBytes -= n;
        }
        if (head.data.hasRemaining()) {
            return handedOver;
        }
        writes.pollFirst();
        if (head.handedOver) {
            return handedOver;
        }
        head.handedOver = true;
        head.next = handedOver;
        return head;
    }

    /** {@link #handOver(List)}, adding to a chain of writes handed over, most recent first. */
    private PendingWrite handOver(PendingWrite handedOver) {
        if (writes.isEmpty()) {
            return handedOver; // the common case after a flush: no iterator
        }
        PendingWrite result = handedOver;
        for (PendingWrite write : writes) {
            if (write.handedOver) {
                continue;
            }
            int size = write.data.remaining();
            if (heldBytes + size > limit || (!write.ownsBytes && size > copyAtMost)) {
                break;
            }
            if (!write.ownsBytes) {
                ByteBuffer copy = ByteBuffer.allocate(size);
                copy.put(write.data).flip();
                write.data = copy;
                write.ownsBytes = true;
            }
            write.handedOver = true;
            heldBytes += size;
            write.next = result;
            result = write;
        }
        return result;
    }

    private static PendingWrite reverse(PendingWrite chain) {
        PendingWrite reversed = null;
        while (chain != null) {
            PendingWrite next = chain.next;
            chain.next = reversed;
            reversed = chain;
            chain = next;
        }
        return reversed;
    }

    /** Adds a chain of writes (most recent first) to {@code list} in order, unlinking them. */
    private static List<PendingWrite> addAll(List<PendingWrite> list, PendingWrite chain) {
        List<PendingWrite> result = list;
        for (PendingWrite write = reverse(chain); write != null; ) {
            PendingWrite next = write.next;
            write.next = null;
            if (result == null) {
                result = new ArrayList<>(4);
            }
            result.add(write);
            write = next;
        }
        return result;
    }

    /**
     * Empties the queue, for a stream that failed or closed at once.
     *
     * @return the writes that were not handed over, to be failed; those handed over lose their bytes with the stream
     */
    List<PendingWrite> clear() {
        List<PendingWrite> notHandedOver = new ArrayList<>();
        for (PendingWrite write : writes) {
            if (!write.handedOver) {
                notHandedOver.add(write);
            }
        }
        writes.clear();
        queuedBytes = 0;
        heldBytes = 0;
        return notHandedOver;
    }

    /** Empties the queue and fails the writes not handed over with {@code cause}, for an owner on the loop thread. */
    void failAll(Throwable cause) {
        for (PendingWrite write : clear()) {
            write.tryFail(cause);
        }
    }

    /**
     * A write. Its bytes are part of the stream once it is queued, so it cannot be taken back: an abort returns
     * {@code false} (to drop queued bytes, close the stream).
     */
    static final class PendingWrite extends InProgress<Void> {
        /** The bytes not yet sent, from its position. */
        ByteBuffer data;
        /** The bytes are the queue's: no copy is needed to hand the write over. */
        boolean ownsBytes;
        /** Finished (or about to be): its bytes were sent, or are held within the limit. */
        boolean handedOver;
        /** The link of a chain of writes handed over and not yet finished, inside one call of the queue. */
        PendingWrite next;

        PendingWrite(ByteBuffer data, boolean ownsBytes) {
            this.data = data;
            this.ownsBytes = ownsBytes;
        }

        @Override
        public boolean abort(InProgressAbortedException reason) {
            return false;
        }
    }
}
