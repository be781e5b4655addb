package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import kaa.WriteQueue.PendingWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link WriteQueue}, the sending side of {@link Socket} and of {@link Subprocess}'s stdin: hand-over within the
 * limit, in order, copies of the caller's bytes, what a failure leaves to fail.
 */
@ExtendWith(NotifierReports.class)
class WriteQueueTest {
    private final WriteQueue queue = new WriteQueue(10);

    private PendingWrite queued(int size, boolean ownsBytes) {
        PendingWrite write = new PendingWrite(ByteBuffer.allocate(size), ownsBytes);
        queue.add(write);
        return write;
    }

    /** Sends {@code n} bytes of the first write, as a sink would. */
    private List<PendingWrite> send(int n) {
        PendingWrite head = queue.first();
        head.data.position(head.data.position() + n);
        return queue.handOver(queue.sent(n, null));
    }

    @Test
    void writesAreHandedOverInOrderWhileTheyFitAndLaterOnesWhenTheWritesBeforeThemWentOut() {
        PendingWrite first = queued(6, true);
        PendingWrite second = queued(6, true);
        PendingWrite third = queued(1, true);
        assertEquals(List.of(first), queue.handOver(null), "the second does not fit; the third waits behind it");
        assertEquals(13, queue.queuedBytes());
        assertEquals(6, queue.heldBytes());

        assertNull(send(1), "5 + 6 are still more than 10");
        assertEquals(List.of(second), send(1), "4 + 6 fit");
        assertEquals(10, queue.heldBytes());
        assertEquals(List.of(third), send(1), "3 + 6 + 1 fit");
        assertEquals(10, queue.heldBytes(), "never more than the limit");
        assertEquals(10, queue.queuedBytes());
    }

    @Test
    void aWriteLargerThanTheLimitIsHandedOverWhenItsRestFitsOrWhenSent() {
        PendingWrite large = queued(25, false);
        assertNull(queue.handOver(null));
        assertNull(send(10));
        List<PendingWrite> handedOver = send(5);
        assertEquals(List.of(large), handedOver, "its last 10 bytes fit");
        assertTrue(large.ownsBytes, "they were copied: the caller may reuse its array once the write finished");
        assertEquals(10, large.data.remaining());
        assertEquals(10, queue.heldBytes());
        assertNull(send(10), "handed over already: sending its rest finishes nothing again");
        assertTrue(queue.isEmpty());
        assertEquals(0, queue.heldBytes());
    }

    @Test
    void theCallersBytesAreCopiedWhenAWriteIsHandedOverBeforeBeingSent() {
        ByteBuffer callers = ByteBuffer.wrap(new byte[] {1, 2, 3});
        PendingWrite write = new PendingWrite(callers, false);
        queue.add(write);
        queue.handOver(null);
        assertNotSame(callers, write.data);
        callers.put(0, (byte) 9);
        assertEquals(1, write.data.get(0), "a later change by the caller does not reach the stream");

        ByteBuffer owned = ByteBuffer.wrap(new byte[] {4});
        PendingWrite ownsBytes = new PendingWrite(owned, true);
        queue.add(ownsBytes);
        queue.handOver(null);
        assertSame(owned, ownsBytes.data, "bytes the queue owns are not copied again");
    }

    @Test
    void aQueueThatCopiesOnlySmallRestsSendsALargeWriteFromTheCallersBytesUntilItsRestIsSmall() {
        WriteQueue copyingFour = new WriteQueue(10, 4);
        ByteBuffer callers = ByteBuffer.allocate(8);
        PendingWrite large = new PendingWrite(callers, false);
        PendingWrite small = new PendingWrite(ByteBuffer.allocate(2), false);
        copyingFour.add(large);
        copyingFour.add(small);

        assertNull(copyingFour.handOver(null),
                "8 bytes fit the limit but are more than 4: not copied; the small write waits behind");
        assertEquals(0, copyingFour.heldBytes());
        callers.position(5);
        assertEquals(List.of(large, small), copyingFour.handOver(copyingFour.sent(5, null)),
                "its last 3 bytes are copied, and the small write behind it");
        assertNotSame(callers, large.data);
        assertEquals(5, copyingFour.heldBytes());

        PendingWrite owned = new PendingWrite(ByteBuffer.allocate(5), true);
        copyingFour.add(owned);
        assertEquals(List.of(owned), copyingFour.handOver(null),
                "bytes the queue owns need no copy, whatever their size");
    }

    @Test
    void clearLeavesTheWritesNotHandedOverToBeFailedAndAWriteCannotBeAborted() {
        PendingWrite handedOver = queued(10, true);
        PendingWrite waiting = queued(1, true);
        queue.handOver(null);
        assertEquals(List.of(waiting), queue.clear());
        assertTrue(queue.isEmpty());
        assertEquals(0, queue.queuedBytes());
        assertFalse(handedOver.abort(), "its bytes are part of the stream");
    }
}
