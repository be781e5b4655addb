package kaa.internal;

import java.util.Arrays;

/**
 * The notifier's pending timers: a binary min-heap ordered by deadline, then by insertion order, so timers
 * due at the same instant fire in the order they were started.
 *
 * <p>Each {@link Node} remembers its index in the heap, which makes removing a cancelled timer
 * O(log n) instead of a linear search (the Netty {@code PriorityQueueNode} idea). Insertion is
 * O(log n); looking at the earliest timer is O(1), so thousands of pending timers cost a step nothing
 * beyond the ones that are due.
 *
 * <p>Not thread-safe: only the thread driving the notifier touches it.
 *
 * @param <N> the node type stored
 */
public final class TimerHeap<N extends TimerHeap.Node> {
    private static final int NOT_IN_HEAP = -1;
    private static final int INITIAL_CAPACITY = 16;

    /**
     * An entry of the heap. Deadlines are readings of a {@code kaa.Ticker} and are compared by
     * subtraction, so they may wrap around like {@link System#nanoTime()} does.
     */
    public abstract static class Node {
        private final long deadlineNanos;
        private long sequence;
        private int index = NOT_IN_HEAP;

        /**
         * Creates a node due at {@code deadlineNanos}.
         *
         * @param deadlineNanos when the node is due, on the notifier's ticker
         */
        protected Node(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        /**
         * Returns when this node is due.
         *
         * @return the deadline on the notifier's ticker
         */
        public final long deadlineNanos() {
            return deadlineNanos;
        }

        /**
         * Returns the insertion number this node received when it was added; later insertions have
         * larger numbers.
         *
         * @return the insertion sequence number, meaningful once the node was added to a heap
         */
        public final long sequence() {
            return sequence;
        }

        /**
         * Tells whether this node is currently in a heap.
         *
         * @return {@code true} between {@link TimerHeap#add} and its removal
         */
        public final boolean isInHeap() {
            return index != NOT_IN_HEAP;
        }

        final boolean precedes(Node other) {
            long byDeadline = deadlineNanos - other.deadlineNanos;
            return byDeadline < 0 || (byDeadline == 0 && sequence < other.sequence);
        }
    }

    private Node[] nodes = new Node[INITIAL_CAPACITY];
    private int size;
    private long nextSequence;

    /** Creates an empty heap. */
    public TimerHeap() {
    }

    /**
     * Adds a node that is in no heap; it receives the next insertion sequence number.
     *
     * @param node the node to add
     * @throws IllegalArgumentException if the node is already in a heap
     */
    public void add(N node) {
        Node entry = node; // private fields are not reachable through the type variable
        if (entry.isInHeap()) {
            throw new IllegalArgumentException("node is already scheduled");
        }
        entry.sequence = nextSequence++;
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        siftUp(size++, entry);
    }

    /**
     * Returns the earliest node without removing it.
     *
     * @return the node with the smallest deadline (the first inserted among equals), or {@code null}
     */
    public N peek() {
        return size == 0 ? null : nodeAt(0);
    }

    /**
     * Removes and returns the earliest node.
     *
     * @return the node {@link #peek()} would return, or {@code null} if the heap is empty
     */
    public N poll() {
        if (size == 0) {
            return null;
        }
        N first = nodeAt(0);
        removeAt(0);
        return first;
    }

    /**
     * Removes a node in O(log n).
     *
     * @param node the node to remove
     * @return {@code true} if the node was in this heap
     */
    public boolean remove(N node) {
        Node entry = node;
        int index = entry.index;
        if (index < 0 || index >= size || nodes[index] != node) {
            return false;
        }
        removeAt(index);
        return true;
    }

    /**
     * Returns the sequence number the next added node will receive: every node already in the heap has a
     * smaller one.
     *
     * @return the next insertion sequence number
     */
    public long nextSequence() {
        return nextSequence;
    }

    /**
     * Returns the number of nodes.
     *
     * @return how many nodes the heap holds
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether the heap holds no node.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return size == 0;
    }

    private void removeAt(int index) {
        Node removed = nodes[index];
        removed.index = NOT_IN_HEAP;
        int lastIndex = --size;
        Node last = nodes[lastIndex];
        nodes[lastIndex] = null;
        if (index == lastIndex) {
            return;
        }
        if (index > 0 && last.precedes(nodes[parentOf(index)])) {
            siftUp(index, last);
        } else {
            siftDown(index, last);
        }
    }

    private void siftUp(int index, Node node) {
        while (index > 0) {
            int parent = parentOf(index);
            Node parentNode = nodes[parent];
            if (!node.precedes(parentNode)) {
                break;
            }
            place(index, parentNode);
            index = parent;
        }
        place(index, node);
    }

    private void siftDown(int index, Node node) {
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && nodes[right].precedes(nodes[child])) {
                child = right;
            }
            if (!nodes[child].precedes(node)) {
                break;
            }
            place(index, nodes[child]);
            index = child;
        }
        place(index, node);
    }

    private void place(int index, Node node) {
        nodes[index] = node;
        node.index = index;
    }

    private static int parentOf(int index) {
        return (index - 1) >>> 1;
    }

    @SuppressWarnings("unchecked") // only N instances are ever stored
    private N nodeAt(int index) {
        return (N) nodes[index];
    }
}
