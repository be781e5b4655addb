package kaa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.util.Objects;

/**
 * Watches a {@link SelectableChannel} for readiness and calls a handler on the notifier thread when it is ready,
 * kaa's {@code IOMonitor}. {@link Socket} is built on it; use it for any other channel ({@link java.nio.channels.Pipe}s,
 * {@link java.nio.channels.DatagramChannel}s, channels of other libraries).
 *
 * <pre>{@code
 * IOMonitor monitor = new IOMonitor(pipe.source(), ready -> {
 *     int n = pipe.source().read(buffer);   // never blocks: the channel is non-blocking and ready
 *     ...
 * });
 * monitor.watch(IOMonitor.READ);            // from now on the handler runs whenever data is waiting
 * ...
 * monitor.unregister();
 * }</pre>
 *
 * <h2>Interest</h2>
 * A monitor watches the operations of its {@linkplain #watch interest set}: {@link #READ}, {@link #WRITE},
 * {@link #ACCEPT}, {@link #CONNECT} (the {@link SelectionKey} constants), or none. The handler is called once per loop
 * iteration in which the channel is ready for one of them, with the ready operations; level-triggered, so a handler
 * that leaves data unread is called again. Watching nothing costs no wakeups, so turn read interest off while nobody
 * wants data: that is how flow control works (the kernel's buffers fill and the peer is slowed down). It costs the
 * loop nothing either: while no monitor watches anything, a loop iteration that has work to do does not poll the
 * selector (a system call), however many channels are registered.
 *
 * <h2>Threads</h2>
 * The handler runs on the loop thread of the notifier given at construction. What it throws is reported through
 * {@link Notifier#reportException} and the loop goes on. {@link #watch} and {@link #unregister} are safe from any
 * thread; from another thread the loop is woken so that the change takes effect at once.
 *
 * <p>The monitor registers the channel with the notifier's selector on the first {@link #watch} and puts the channel
 * in non-blocking mode. Closing the channel unregisters it; so does closing the notifier ({@link Notifier#close}), and
 * the next {@code watch} registers it again with the notifier's new selector.
 */
public final class IOMonitor {
    /** Readiness to read ({@link SelectionKey#OP_READ}). */
    public static final int READ = SelectionKey.OP_READ;
    /** Readiness to write ({@link SelectionKey#OP_WRITE}). */
    public static final int WRITE = SelectionKey.OP_WRITE;
    /** A connection waiting to be accepted ({@link SelectionKey#OP_ACCEPT}). */
    public static final int ACCEPT = SelectionKey.OP_ACCEPT;
    /** A non-blocking connect that can be finished ({@link SelectionKey#OP_CONNECT}). */
    public static final int CONNECT = SelectionKey.OP_CONNECT;

    /** What a monitor calls when its channel is ready. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Called on the loop thread when the channel is ready for some of the watched operations.
         *
         * @param readyOps the ready operations among the watched ones, a combination of {@link #READ},
         *     {@link #WRITE}, {@link #ACCEPT} and {@link #CONNECT}
         * @throws Exception reported through {@link Notifier#reportException}; the loop goes on
         */
        void ready(int readyOps) throws Exception;
    }

    private final Notifier notifier;
    private final SelectableChannel channel;
    private final Handler handler;
    // Guarded by this: registration is rare, readiness dispatch does not take the lock.
    private volatile SelectionKey key;
    private volatile int interest;
    private boolean unregistered;

    /**
     * Creates a monitor on the {@linkplain Main#notifier() main notifier}; it watches nothing until {@link #watch}.
     *
     * @param channel the channel to watch
     * @param handler called when the channel is ready
     */
    public IOMonitor(SelectableChannel channel, Handler handler) {
        this(Main.notifier(), channel, handler);
    }

    /**
     * Creates a monitor on {@code notifier}; it watches nothing until {@link #watch}.
     *
     * @param notifier the notifier whose loop thread calls the handler
     * @param channel the channel to watch
     * @param handler called when the channel is ready
     */
    public IOMonitor(Notifier notifier, SelectableChannel channel, Handler handler) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Sets the operations to watch, replacing the previous set; {@code 0} watches nothing (the channel stays
     * registered, so watching again is cheap).
     *
     * @param ops a combination of {@link #READ}, {@link #WRITE}, {@link #ACCEPT} and {@link #CONNECT} that the channel
     *     supports ({@link SelectableChannel#validOps()})
     * @throws IllegalArgumentException if the channel does not support one of {@code ops}
     * @throws IllegalStateException if the monitor was {@linkplain #unregister() unregistered}
     * @throws UncheckedIOException if the channel is closed or cannot be made non-blocking
     */
    public void watch(int ops) {
        if ((ops & ~channel.validOps()) != 0) {
            throw new IllegalArgumentException("the channel " + channel + " does not support the operations " + ops);
        }
        synchronized (this) {
            if (unregistered) {
                throw new IllegalStateException("the monitor was unregistered: " + this);
            }
            if (ops == interest && (ops == 0 || isRegistered())) {
                return;
            }
            if ((interest == 0) != (ops == 0)) {
                notifier.monitorWatching(ops != 0); // counted before the wakeup below
            }
            interest = ops;
            SelectionKey current = key;
            try {
                if (current != null && current.isValid() && current.selector().isOpen()
                        && current.selector() == notifier.selectorIfOpen()) {
                    current.interestOps(ops);
                } else if (ops != 0) {
                    if (channel.isBlocking()) {
                        channel.configureBlocking(false);
                    }
                    key = notifier.registerChannel(channel, ops, this);
                }
            } catch (ClosedChannelException | CancelledKeyException e) {
                throw new UncheckedIOException(new ClosedChannelException());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!notifier.isLoopThread()) {
            notifier.wakeUp();
        }
    }

    /**
     * The operations watched now.
     *
     * @return the interest set, {@code 0} for none
     */
    public int interest() {
        return interest;
    }

    /**
     * Whether the channel is registered with the notifier's selector now.
     *
     * @return {@code true} between the first {@link #watch} and {@link #unregister()}, or the channel's close
     */
    public boolean isRegistered() {
        SelectionKey current = key;
        return current != null && current.isValid();
    }

    /**
     * The watched channel.
     *
     * @return the channel given at construction
     */
    public SelectableChannel channel() {
        return channel;
    }

    /**
     * Stops watching for good and takes the channel off the selector; the channel stays open. Does nothing the second
     * time. Unregister a monitor when done with its channel: one that still watches something keeps the loop polling
     * the selector on every iteration.
     */
    public void unregister() {
        SelectionKey current;
        synchronized (this) {
            if (interest != 0) {
                notifier.monitorWatching(false);
            }
            unregistered = true;
            interest = 0;
            current = key;
            key = null;
        }
        if (current != null) {
            current.cancel();
            notifier.keyCancelled();
        }
    }

    /** Called by the notifier on its loop thread with the key's ready operations. */
    void dispatch(SelectionKey selected) throws Exception {
        int ready = selected.readyOps() & interest;
        if (ready != 0) {
            handler.ready(ready);
        }
    }

    @Override
    public String toString() {
        return "IOMonitor[" + channel + ", interest " + interest + (isRegistered() ? "" : ", not registered") + "]";
    }
}
