package kaa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The sending side of a {@link Socket}, touched by the loop thread only: writes in order, each finished once its
 * bytes are handed over, either to the kernel or into the queue's own buffer. The queue copies the bytes of a waiting
 * write while the copies it holds stay within {@code limit}; a write that does not fit stays unfinished, its bytes in
 * the caller's array, until the writes before it have gone out and made room (back-pressure). So the queue never
 * holds more than {@code limit} bytes of its own, whatever the writer does.
 */
final class WriteQueue {
    private final ArrayDeque<PendingWrite> writes = new ArrayDeque<>();
    private int limit;
    /** Bytes not yet sent in the copies the queue owns. */
    private long copiedBytes;

    WriteQueue(int limit) {
        this.limit = limit;
    }

    void setLimit(int newLimit) {
        limit = newLimit;
    }

    boolean isEmpty() {
        return writes.isEmpty();
    }

    /** Bytes waiting to be sent, copied or not. */
    long queuedBytes() {
        long total = 0;
        for (PendingWrite write : writes) {
            total += write.data.remaining();
        }
        return total;
    }

    /** Bytes the queue holds in copies of its own; never more than the limit. */
    long copiedBytes() {
        return copiedBytes;
    }

    void add(PendingWrite write) {
        writes.addLast(write);
    }

    /**
     * Sends what the sink takes, in order, then copies what fits behind; returns whether everything went out. The
     * writes handed over are finished last: their callbacks may write again, or close the socket.
     *
     * @throws IOException from the sink; the writes handed over before it failed are finished all the same
     */
    boolean flush(Transport sink) throws IOException {
        List<PendingWrite> handedOver = null;
        try {
            PendingWrite head;
            while ((head = writes.peekFirst()) != null) {
                int before = head.data.remaining();
                if (before > 0) {
                    sink.write(head.data);
                }
                int sent = before - head.data.remaining();
                if (head.copied) {
                    copiedBytes -= sent;
                }
                if (head.data.hasRemaining()) {
                    break;
                }
                writes.pollFirst();
                if (!head.copied) {
                    handedOver = add(handedOver, head);
                }
            }
            for (PendingWrite write : writes) {
                if (write.copied) {
                    continue;
                }
                int size = write.data.remaining();
                if (copiedBytes + size > limit) {
                    break;
                }
                ByteBuffer copy = ByteBuffer.allocate(size);
                copy.put(write.data).flip();
                write.data = copy;
                write.copied = true;
                copiedBytes += size;
                handedOver = add(handedOver, write);
            }
        } finally {
            if (handedOver != null) {
                for (PendingWrite write : handedOver) {
                    write.tryFinish(null);
                }
            }
        }
        return writes.isEmpty();
    }

    private static List<PendingWrite> add(List<PendingWrite> list, PendingWrite write) {
        List<PendingWrite> result = list == null ? new ArrayList<>(4) : list;
        result.add(write);
        return result;
    }

    /** Fails the writes whose bytes were not handed over, and drops the rest. */
    void failAll(Throwable cause) {
        PendingWrite write;
        while ((write = writes.pollFirst()) != null) {
            write.tryFail(cause);
        }
        copiedBytes = 0;
    }

    /**
     * A write of a socket. Its bytes are part of the stream once it is queued, so it cannot be taken back: an abort
     * returns {@code false} (to drop queued bytes, close the socket with {@link Socket#closeNow()}).
     */
    static final class PendingWrite extends InProgress<Void> {
        ByteBuffer data;
        boolean copied;

        PendingWrite(ByteBuffer data) {
            this.data = data;
        }

        @Override
        public boolean abort(InProgressAbortedException reason) {
            return false;
        }
    }
}
