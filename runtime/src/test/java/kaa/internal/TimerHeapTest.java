package kaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import kaa.NotifierReports;

@ExtendWith(NotifierReports.class)
class TimerHeapTest {

    private static final class Entry extends TimerHeap.Node {
        final int id;

        Entry(long deadline, int id) {
            super(deadline);
            this.id = id;
        }
    }

    private final TimerHeap<Entry> heap = new TimerHeap<>();

    @Test
    void pollsInDeadlineOrder() {
        heap.add(new Entry(30, 3));
        heap.add(new Entry(10, 1));
        heap.add(new Entry(20, 2));

        assertEquals(1, heap.poll().id);
        assertEquals(2, heap.poll().id);
        assertEquals(3, heap.poll().id);
        assertNull(heap.poll());
    }

    @Test
    void equalDeadlinesLeaveInInsertionOrder() {
        for (int id = 0; id < 100; id++) {
            heap.add(new Entry(5, id));
        }
        for (int id = 0; id < 100; id++) {
            assertEquals(id, heap.poll().id);
        }
    }

    @Test
    void deadlinesCompareAcrossTheWrapAroundOfTheClock() {
        heap.add(new Entry(Long.MIN_VALUE + 5, 2)); // after the wrap: later
        heap.add(new Entry(Long.MAX_VALUE - 5, 1));

        assertEquals(1, heap.poll().id);
        assertEquals(2, heap.poll().id);
    }

    @Test
    void removeTakesANodeOutFromTheMiddle() {
        Entry a = new Entry(10, 1);
        Entry b = new Entry(20, 2);
        Entry c = new Entry(30, 3);
        heap.add(a);
        heap.add(b);
        heap.add(c);

        assertTrue(heap.remove(b));
        assertFalse(b.isInHeap());
        assertFalse(heap.remove(b));
        assertSame(a, heap.poll());
        assertSame(c, heap.poll());
    }

    @Test
    void aNodeCannotBeInTheHeapTwice() {
        Entry a = new Entry(10, 1);
        heap.add(a);
        assertThrows(IllegalArgumentException.class, () -> heap.add(a));
    }

    @Test
    void aNodeOfAnotherHeapIsNotRemoved() {
        TimerHeap<Entry> other = new TimerHeap<>();
        Entry foreign = new Entry(10, 1);
        other.add(foreign);
        heap.add(new Entry(10, 2));

        assertFalse(heap.remove(foreign));
        assertEquals(1, heap.size());
        assertTrue(foreign.isInHeap());
    }

    @Test
    void randomAddsAndRemovesMatchASortedList() {
        Random random = new Random(42);
        List<Entry> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            if (!expected.isEmpty() && random.nextInt(3) == 0) {
                Entry victim = expected.remove(random.nextInt(expected.size()));
                assertTrue(heap.remove(victim));
            } else {
                Entry entry = new Entry(random.nextInt(200), i);
                heap.add(entry);
                expected.add(entry);
            }
        }
        expected.sort(Comparator.comparingLong(Entry::deadlineNanos).thenComparingLong(Entry::sequence));

        assertEquals(expected.size(), heap.size());
        for (Entry entry : expected) {
            assertSame(entry, heap.poll());
        }
        assertTrue(heap.isEmpty());
    }

    @Test
    void nextSequenceExceedsEverySequenceHandedOut() {
        Entry a = new Entry(10, 1);
        heap.add(a);
        assertTrue(a.sequence() < heap.nextSequence());
    }
}
