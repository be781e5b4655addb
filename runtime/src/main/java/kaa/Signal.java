package kaa;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A list of callbacks to call when something happens, kaa's {@code Signal}.
 *
 * <pre>{@code
 * Signal<String> received = new Signal<>();
 * received.connect(line -> System.out.println("got " + line));
 * received.emit("hello");
 * }</pre>
 *
 * <p>Callbacks are kept in connection order ({@link #connectFirst} puts one in front). {@link #emit}
 * calls the callbacks connected when it starts, so a callback that connects or disconnects others changes
 * only later emissions. A callback that throws is reported through
 * {@link Notifier#reportException(Throwable) Main.notifier().reportException} and the remaining callbacks
 * still run.
 *
 * <p>Callbacks are identified by {@link Object#equals}: a lambda or method reference is equal only to
 * itself, so keep the reference you connected if you want to {@link #disconnect} it later. Connecting a
 * callback that is already connected does nothing and returns {@code false}, so a callback runs at most
 * once per emission. A weak connection is identified by its owner and its callback together, so one shared
 * callback can serve many owners.
 *
 * <p>Connecting and disconnecting take constant time (amortised); weak connections whose owner was collected
 * are dropped as the collector reports them, at the next connect, disconnect, count or emission.
 *
 * <p>Signals are meant to be used on the loop thread, but connecting, disconnecting and emitting are safe
 * from any thread: an emission calls a snapshot of the connections taken under the signal's lock (kept until
 * the next change), and runs its callbacks on the emitting thread.
 *
 * @param <T> the type of the value passed to the callbacks ({@link Void} for none)
 */
public final class Signal<T> {
    private static final Slot<?>[] NO_SLOTS = {};

    private final Consumer<Throwable> failureReporter;

    // Guarded by this: the connections in order (a circular doubly linked list around head), found by their key.
    private final Slot<T> head = new Slot<>(null, false);
    private final Map<Object, Slot<T>> byKey = new HashMap<>();
    private final ReferenceQueue<Object> collectedOwners = new ReferenceQueue<>();
    /** What the next emission calls; null after a change, rebuilt by the emission. */
    private volatile Slot<T>[] snapshot = noSlots();
    private volatile int size;

    /** Creates a signal with no callbacks. */
    public Signal() {
        this(null);
    }

    /**
     * Creates a signal whose failing callbacks go to {@code failureReporter}; {@code null} means
     * {@code Main.notifier().reportException}. A notifier's own signals report to that notifier.
     */
    Signal(Consumer<Throwable> failureReporter) {
        this.failureReporter = failureReporter;
        head.previous = head;
        head.next = head;
    }

    /**
     * Connects a callback called on every emission.
     *
     * @param callback called with each emitted value
     * @return {@code true} if connected, {@code false} if it was already connected
     */
    public boolean connect(Consumer<? super T> callback) {
        return add(new StrongSlot<>(callback, false), false);
    }

    /**
     * Connects a callback called on the next emission only. It is disconnected before it is called, so it
     * runs once even if it emits this signal again.
     *
     * @param callback called with the next emitted value
     * @return {@code true} if connected, {@code false} if it was already connected
     */
    public boolean connectOnce(Consumer<? super T> callback) {
        return add(new StrongSlot<>(callback, true), false);
    }

    /**
     * Connects a callback in front of all others, so it is called first.
     *
     * @param callback called with each emitted value
     * @return {@code true} if connected, {@code false} if it was already connected
     */
    public boolean connectFirst(Consumer<? super T> callback) {
        return add(new StrongSlot<>(callback, false), true);
    }

    /**
     * Connects a callback that belongs to {@code owner} without keeping the owner alive: the signal holds
     * the owner through a weak reference, passes it to the callback on each emission, and disconnects the
     * callback once the owner has been garbage-collected.
     *
     * <pre>{@code
     * signal.connectWeak(window, (w, size) -> w.resize(size));   // not window.resize: that would capture it
     * }</pre>
     *
     * <p>The connection is identified by the owner (by identity) and the callback together: the same
     * non-capturing lambda connects every window a piece of code creates.
     *
     * @param owner the object the callback works on; the signal does not keep it reachable
     * @param callback called with the owner and the emitted value; it must not capture {@code owner}
     *     itself, or the owner can never be collected
     * @param <O> the owner type
     * @return {@code true} if connected, {@code false} if this owner already has this callback connected
     */
    public <O> boolean connectWeak(O owner, BiConsumer<? super O, ? super T> callback) {
        return add(new WeakSlot<>(owner, callback, collectedOwners), false);
    }

    /**
     * Disconnects a callback given to one of the {@code connect} methods.
     *
     * @param callback the callback as it was connected (for {@link #connectWeak}, the two-argument callback:
     *     the earliest connection of it, whatever its owner; use {@link #disconnectWeak} for one owner's)
     * @return {@code true} if it was connected
     */
    public synchronized boolean disconnect(Object callback) {
        Objects.requireNonNull(callback, "callback");
        purgeCollected();
        Slot<T> slot = byKey.get(callback);
        if (slot == null) {
            for (Slot<T> s = head.next; s != head; s = s.next) {
                if (s instanceof WeakSlot && s.callback.equals(callback)) {
                    slot = s;
                    break;
                }
            }
        }
        return slot != null && unlink(slot);
    }

    /**
     * Disconnects the callback that {@link #connectWeak} connected for {@code owner}.
     *
     * @param owner the owner it was connected with
     * @param callback the two-argument callback
     * @return {@code true} if it was connected
     */
    public synchronized boolean disconnectWeak(Object owner, Object callback) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(callback, "callback");
        purgeCollected();
        Slot<T> slot = byKey.get(new OwnerKey(owner, callback));
        return slot != null && unlink(slot);
    }

    /** Disconnects every callback. */
    public synchronized void disconnectAll() {
        for (Slot<T> s = head.next; s != head; s = s.next) {
            s.removed = true;
        }
        head.next = head;
        head.previous = head;
        byKey.clear();
        size = 0;
        snapshot = noSlots();
    }

    /**
     * Returns how many callbacks are connected, not counting weak ones whose owner has been collected.
     *
     * @return the number of live callbacks
     */
    public synchronized int count() {
        purgeCollected();
        int live = 0;
        for (Slot<T> s = head.next; s != head; s = s.next) {
            if (s.isAlive()) {
                live++;
            }
        }
        return live;
    }

    /** How many connections the signal holds, dead weak ones not yet dropped included (for tests). */
    synchronized int connections() {
        return size;
    }

    /** A cheap check for emitters on hot paths: any connection at all, dead weak ones included. */
    boolean hasCallbacks() {
        return size != 0;
    }

    /**
     * Calls the connected callbacks, in order, with {@code value}. Callbacks connected or disconnected by a
     * callback during the emission take effect from the next emission; once-callbacks are disconnected
     * before they are called; weak callbacks whose owner was collected are disconnected and skipped. A
     * callback that throws is reported (see the class description); a {@link VirtualMachineError} propagates.
     *
     * @param value the value passed to each callback; may be {@code null}
     */
    public void emit(T value) {
        Slot<T>[] slots = snapshot;
        if (slots == null) {
            slots = takeSnapshot();
        }
        for (Slot<T> slot : slots) {
            if (slot.once && !remove(slot)) {
                continue; // a concurrent emission took it
            }
            try {
                if (!slot.deliver(value)) {
                    remove(slot);
                }
            } catch (VirtualMachineError fatal) {
                throw fatal; // the notifier's rule for failures: see Notifier, "Failures"
            } catch (Throwable failure) {
                report(failure);
            }
        }
    }

    /**
     * Returns an {@link InProgress} finished with the value of the next emission, kaa's
     * {@code inprogress(signal)}. Aborting it disconnects it.
     *
     * @return an unfinished {@code InProgress}; the signal holds it until the next emission or its abort
     */
    public InProgress<T> next() {
        InProgress<T> nextValue = new kaa.internal.NamedInProgress<>("next emission of", this);
        Consumer<T> finisher = nextValue::tryFinish;
        nextValue.abortSignal().connect(reason -> disconnect(finisher));
        connectOnce(finisher);
        return nextValue;
    }

    @Override
    public String toString() {
        return "Signal[" + count() + " callbacks]";
    }

    private synchronized boolean add(Slot<T> slot, boolean first) {
        purgeCollected();
        if (byKey.putIfAbsent(slot.key(), slot) != null) {
            return false;
        }
        Slot<T> before = first ? head.next : head;
        slot.next = before;
        slot.previous = before.previous;
        before.previous.next = slot;
        before.previous = slot;
        size++;
        snapshot = null;
        return true;
    }

    private synchronized boolean remove(Slot<T> slot) {
        return !slot.removed && unlink(slot);
    }

    /** With the lock held. */
    private boolean unlink(Slot<T> slot) {
        if (slot.removed) {
            return false;
        }
        slot.removed = true;
        slot.previous.next = slot.next;
        slot.next.previous = slot.previous;
        slot.next = null;
        slot.previous = null;
        byKey.remove(slot.key(), slot);
        size--;
        snapshot = null;
        return true;
    }

    /** Drops the weak connections whose owner the collector has reported; with the lock held. */
    @SuppressWarnings("unchecked")
    private void purgeCollected() {
        java.lang.ref.Reference<?> collected;
        while ((collected = collectedOwners.poll()) != null) {
            unlink((Slot<T>) ((WeakSlot.OwnerReference) collected).slot);
        }
    }

    private synchronized Slot<T>[] takeSnapshot() {
        purgeCollected();
        Slot<T>[] slots = snapshot;
        if (slots == null) {
            @SuppressWarnings("unchecked") // an array of the erased type, holding only Slot<T>s
            Slot<T>[] built = (Slot<T>[]) new Slot<?>[size];
            int i = 0;
            for (Slot<T> s = head.next; s != head; s = s.next) {
                built[i++] = s;
            }
            snapshot = slots = built;
        }
        return slots;
    }

    private void report(Throwable failure) {
        if (failureReporter != null) {
            failureReporter.accept(failure);
        } else {
            Main.notifier().reportException(failure);
        }
    }

    @SuppressWarnings("unchecked") // the empty array holds no element of any type
    private static <T> Slot<T>[] noSlots() {
        return (Slot<T>[]) NO_SLOTS;
    }

    /** One connection: the callback as the user gave it (its identity) and how to call it; a list node. */
    private static class Slot<T> {
        final Object callback;
        final boolean once;
        // Guarded by the signal.
        Slot<T> previous;
        Slot<T> next;
        boolean removed;

        Slot(Object callback, boolean once) {
            this.callback = callback;
            this.once = once;
        }

        /** What identifies the connection among the signal's. */
        Object key() {
            return callback;
        }

        /** Calls the callback; {@code false} means the connection is dead and should be dropped. */
        boolean deliver(T value) {
            throw new AssertionError("the list head is never delivered to");
        }

        boolean isAlive() {
            return true;
        }
    }

    private static final class StrongSlot<T> extends Slot<T> {
        private final Consumer<? super T> consumer;

        StrongSlot(Consumer<? super T> consumer, boolean once) {
            super(Objects.requireNonNull(consumer, "callback"), once);
            this.consumer = consumer;
        }

        @Override
        boolean deliver(T value) {
            consumer.accept(value);
            return true;
        }
    }

    /** The key of a weak connection: its owner, by identity, and its callback. Holds the owner weakly. */
    private static final class OwnerKey {
        private final Object owner;
        private final Object callback;
        private final int hash;

        /** A key to look up with, holding the owner strongly for the lookup. */
        OwnerKey(Object owner, Object callback) {
            this(owner, callback, System.identityHashCode(owner));
        }

        /** {@code owner}: the owner, or the weak reference to it of a connection's own key. */
        OwnerKey(Object owner, Object callback, int ownerHash) {
            this.owner = owner;
            this.callback = callback;
            this.hash = ownerHash * 31 + callback.hashCode();
        }

        Object owner() {
            return owner instanceof WeakReference ? ((WeakReference<?>) owner).get() : owner;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof OwnerKey)) {
                return false;
            }
            OwnerKey that = (OwnerKey) other;
            Object mine = owner();
            return hash == that.hash && mine != null && mine == that.owner() && callback.equals(that.callback);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class WeakSlot<O, T> extends Slot<T> {
        private final OwnerReference owner;
        private final BiConsumer<? super O, ? super T> consumer;
        private final OwnerKey key;

        WeakSlot(O owner, BiConsumer<? super O, ? super T> consumer, ReferenceQueue<Object> queue) {
            super(Objects.requireNonNull(consumer, "callback"), false);
            this.owner = new OwnerReference(Objects.requireNonNull(owner, "owner"), queue, this);
            this.consumer = consumer;
            this.key = new OwnerKey(this.owner, consumer, System.identityHashCode(owner));
        }

        @Override
        Object key() {
            return key;
        }

        @Override
        @SuppressWarnings("unchecked")
        boolean deliver(T value) {
            O target = (O) owner.get();
            if (target == null) {
                return false;
            }
            consumer.accept(target, value);
            return true;
        }

        @Override
        boolean isAlive() {
            return owner.get() != null;
        }

        /** The weak reference to the owner, which the collector queues with the slot to drop. */
        static final class OwnerReference extends WeakReference<Object> {
            final Slot<?> slot;

            OwnerReference(Object owner, ReferenceQueue<Object> queue, Slot<?> slot) {
                super(owner, queue);
                this.slot = slot;
            }
        }
    }
}
