package kaa;

import java.lang.ref.WeakReference;
import java.util.Arrays;
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
 * once per emission.
 *
 * <p>Signals are meant to be used on the loop thread, but connecting, disconnecting and emitting are safe
 * from any thread: the callback list is copied on write, and an emission runs its callbacks on the
 * emitting thread.
 *
 * @param <T> the type of the value passed to the callbacks ({@link Void} for none)
 */
public final class Signal<T> {
    private static final Slot<?>[] NO_SLOTS = {};

    private final Consumer<Throwable> failureReporter;
    private volatile Slot<T>[] slots = noSlots();

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
     * @param owner the object the callback works on; the signal does not keep it reachable
     * @param callback called with the owner and the emitted value; it must not capture {@code owner}
     *     itself, or the owner can never be collected
     * @param <O> the owner type
     * @return {@code true} if connected, {@code false} if the callback was already connected
     */
    public <O> boolean connectWeak(O owner, BiConsumer<? super O, ? super T> callback) {
        return add(new WeakSlot<>(owner, callback), false);
    }

    /**
     * Disconnects a callback given to one of the {@code connect} methods.
     *
     * @param callback the callback as it was connected (for {@link #connectWeak}, the two-argument callback)
     * @return {@code true} if it was connected
     */
    public synchronized boolean disconnect(Object callback) {
        Objects.requireNonNull(callback, "callback");
        Slot<T>[] current = slots;
        for (int i = 0; i < current.length; i++) {
            if (current[i].callback.equals(callback)) {
                slots = without(current, i);
                return true;
            }
        }
        return false;
    }

    /** Disconnects every callback. */
    public synchronized void disconnectAll() {
        slots = noSlots();
    }

    /**
     * Returns how many callbacks are connected, not counting weak ones whose owner has been collected.
     *
     * @return the number of live callbacks
     */
    public int count() {
        Slot<T>[] current = slots;
        int live = 0;
        for (Slot<T> slot : current) {
            if (slot.isAlive()) {
                live++;
            }
        }
        return live;
    }

    /** A cheap check for emitters on hot paths: any connection at all, dead weak ones included. */
    boolean hasCallbacks() {
        return slots.length != 0;
    }

    /**
     * Calls the connected callbacks, in order, with {@code value}. Callbacks connected or disconnected by a
     * callback during the emission take effect from the next emission; once-callbacks are disconnected
     * before they are called; weak callbacks whose owner was collected are disconnected and skipped.
     *
     * @param value the value passed to each callback; may be {@code null}
     */
    public void emit(T value) {
        for (Slot<T> slot : slots) {
            if (slot.once && !remove(slot)) {
                continue; // a concurrent emission took it
            }
            try {
                if (!slot.deliver(value)) {
                    remove(slot);
                }
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable failure) {
                report(failure);
            }
        }
    }

    /**
     * Returns an {@link InProgress} finished with the value of the next emission, kaa's
     * {@code inprogress(signal)}.
     *
     * @return an unfinished {@code InProgress}; the signal holds it until the next emission
     */
    public InProgress<T> next() {
        InProgress<T> nextValue = new InProgress<>();
        connectOnce(nextValue::finish);
        return nextValue;
    }

    @Override
    public String toString() {
        return "Signal[" + count() + " callbacks]";
    }

    private synchronized boolean add(Slot<T> slot, boolean first) {
        Slot<T>[] current = slots;
        for (Slot<T> existing : current) {
            if (existing.callback.equals(slot.callback)) {
                return false;
            }
        }
        Slot<T>[] grown = Arrays.copyOf(current, current.length + 1);
        if (first) {
            System.arraycopy(current, 0, grown, 1, current.length);
            grown[0] = slot;
        } else {
            grown[current.length] = slot;
        }
        slots = grown;
        return true;
    }

    private synchronized boolean remove(Slot<T> slot) {
        Slot<T>[] current = slots;
        for (int i = 0; i < current.length; i++) {
            if (current[i] == slot) {
                slots = without(current, i);
                return true;
            }
        }
        return false;
    }

    private void report(Throwable failure) {
        if (failureReporter != null) {
            failureReporter.accept(failure);
        } else {
            Main.notifier().reportException(failure);
        }
    }

    private static <T> Slot<T>[] without(Slot<T>[] slots, int index) {
        if (slots.length == 1) {
            return noSlots();
        }
        Slot<T>[] shrunk = Arrays.copyOf(slots, slots.length - 1);
        System.arraycopy(slots, index + 1, shrunk, index, slots.length - index - 1);
        return shrunk;
    }

    @SuppressWarnings("unchecked") // the empty array holds no element of any type
    private static <T> Slot<T>[] noSlots() {
        return (Slot<T>[]) NO_SLOTS;
    }

    /** One connection: the callback as the user gave it (its identity) and how to call it. */
    private abstract static class Slot<T> {
        final Object callback;
        final boolean once;

        Slot(Object callback, boolean once) {
            this.callback = Objects.requireNonNull(callback, "callback");
            this.once = once;
        }

        /** Calls the callback; {@code false} means the connection is dead and should be dropped. */
        abstract boolean deliver(T value);

        abstract boolean isAlive();
    }

    private static final class StrongSlot<T> extends Slot<T> {
        private final Consumer<? super T> consumer;

        StrongSlot(Consumer<? super T> consumer, boolean once) {
            super(consumer, once);
            this.consumer = consumer;
        }

        @Override
        boolean deliver(T value) {
            consumer.accept(value);
            return true;
        }

        @Override
        boolean isAlive() {
            return true;
        }
    }

    private static final class WeakSlot<O, T> extends Slot<T> {
        private final WeakReference<O> owner;
        private final BiConsumer<? super O, ? super T> consumer;

        WeakSlot(O owner, BiConsumer<? super O, ? super T> consumer) {
            super(consumer, false);
            this.owner = new WeakReference<>(Objects.requireNonNull(owner, "owner"));
            this.consumer = consumer;
        }

        @Override
        boolean deliver(T value) {
            O target = owner.get();
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
    }
}
