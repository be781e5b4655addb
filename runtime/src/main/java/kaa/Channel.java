package kaa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A channel between coroutines (or threads), as Kotlin's {@code Channel} and Go's channels: {@link #send} a value,
 * {@link #receive} the next one, in order, and {@link #close} when there will be no more.
 *
 * <pre>{@code
 * Channel<String> lines = new Channel<>(16);
 *
 * @Coroutine InProgress<Void> produce() {
 *     for (String line : input) {
 *         yield_(lines.send(line));          // waits while 16 lines are buffered
 *     }
 *     lines.close();
 *     return done();
 * }
 *
 * @Coroutine InProgress<Integer> consume() {
 *     int count = 0;
 *     try {
 *         for (;;) {
 *             String line = yield_(lines.receive());
 *             count++;
 *         }
 *     } catch (ChannelClosedException end) {   // closed, and every line received
 *         return done(count);
 *     }
 * }
 * }</pre>
 *
 * <h2>Capacity</h2>
 * The capacity is how many sent values the channel holds for receivers that have not asked yet: {@code 0} (a
 * rendezvous: a send finishes only when a receiver takes its value), {@code n}, or {@link #UNLIMITED} (a send always
 * finishes at once). A send that finds no room returns an unfinished {@code InProgress} that finishes when its value
 * is taken into the buffer or by a receiver; values are received in the order they were sent, waiting sends included.
 *
 * <h2>Closing</h2>
 * After {@link #close()}, a send fails with a {@link ChannelClosedException}, and so do the sends that were waiting for
 * room (their values were never accepted). Values already buffered are still received; then every receive, waiting or
 * new, fails with a {@link ChannelClosedException}.
 *
 * <h2>Aborting</h2>
 * Aborting a waiting send or receive (directly, by a timeout that aborts, or by the abort of a coroutine awaiting it)
 * takes it out of the channel: an aborted send's value is never received, an aborted receive never takes one. An
 * abort that comes after the channel has handed the value over is too late and returns {@code false}, as
 * {@code Future.cancel} does after completion.
 *
 * <h2>Threads</h2>
 * All methods are safe from any thread. The {@code InProgress}es they return finish as any {@code InProgress} does:
 * their callbacks (and a coroutine awaiting them) run on the notifier thread while one drives the loop.
 *
 * @param <T> the type of the values
 */
public final class Channel<T> {
    /** The capacity of a channel whose sends never wait. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private final int capacity;
    // Guarded by this.
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    /** Sends waiting for room, in order; a linked set so that an abort leaves in constant time. */
    private final LinkedHashSet<PendingSend> senders = new LinkedHashSet<>();
    /** Receives waiting for a value, in order. */
    private final LinkedHashSet<PendingReceive> receivers = new LinkedHashSet<>();
    private boolean closed;

    /**
     * Creates a channel.
     *
     * @param capacity how many values it buffers: {@code 0} for a rendezvous, up to {@link #UNLIMITED}
     * @throws IllegalArgumentException if {@code capacity} is negative
     */
    public Channel(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative channel capacity: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Creates a channel whose sends never wait.
     *
     * @param <T> the type of the values
     * @return a channel of capacity {@link #UNLIMITED}
     */
    public static <T> Channel<T> unlimited() {
        return new Channel<>(UNLIMITED);
    }

    /**
     * Sends {@code value}: hands it to a waiting receiver, or buffers it if there is room, or waits for room.
     *
     * @param value the value; may be {@code null}
     * @return an {@code InProgress} that finishes when the channel has taken the value (at once if there was a
     *     receiver or room), or fails with a {@link ChannelClosedException} if the channel is or gets closed first
     */
    public InProgress<Void> send(T value) {
        for (;;) {
            PendingReceive receiver;
            synchronized (this) {
                if (closed) {
                    return InProgress.failed(new ChannelClosedException("send() on a closed channel"));
                }
                receiver = poll(receivers);
                if (receiver == null) {
                    if (buffer.size() < capacity) {
                        buffer.addLast(value);
                        return InProgress.finished(null);
                    }
                    PendingSend sender = new PendingSend(value);
                    senders.add(sender);
                    return sender;
                }
            }
            // Claimed under the lock: an abort can no longer take it out, so this finishes it (unless someone else
            // finished an InProgress they were only meant to wait for; then the value goes to the next receiver).
            if (receiver.tryFinish(value)) {
                return InProgress.finished(null);
            }
        }
    }

    /**
     * Receives the next value: a buffered one, or the value of a waiting send, or the next one sent.
     *
     * @return an {@code InProgress} of the value, or failed with a {@link ChannelClosedException} once the channel is
     *     closed and every value sent before has been received
     */
    public InProgress<T> receive() {
        T value;
        PendingSend sender;
        synchronized (this) {
            sender = poll(senders);
            if (!buffer.isEmpty()) {
                value = buffer.pollFirst();
                if (sender == null) {
                    return InProgress.finished(value);
                }
                buffer.addLast(sender.value); // the first waiting send gets the room just freed
            } else if (sender != null) {
                value = sender.value; // a rendezvous
            } else if (closed) {
                return InProgress.failed(new ChannelClosedException("the channel is closed and empty"));
            } else {
                PendingReceive receiver = new PendingReceive();
                receivers.add(receiver);
                return receiver;
            }
        }
        sender.tryFinish(null); // claimed under the lock: an abort can no longer take it out
        return InProgress.finished(value);
    }

    /**
     * Closes the channel: no more sends. Waiting sends fail; buffered values can still be received; waiting receives
     * fail if there are no buffered values (there cannot be while receives wait). Closing twice does nothing.
     *
     * @return whether this call closed it
     */
    public boolean close() {
        List<PendingSend> refusedSends;
        List<PendingReceive> endedReceives;
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
            refusedSends = new ArrayList<>(senders);
            senders.clear();
            endedReceives = new ArrayList<>(receivers);
            receivers.clear();
        }
        for (PendingSend sender : refusedSends) {
            sender.tryFail(new ChannelClosedException("the channel was closed while send() waited for room"));
        }
        for (PendingReceive receiver : endedReceives) {
            receiver.tryFail(new ChannelClosedException("the channel was closed"));
        }
        return true;
    }

    /**
     * Tells whether {@link #close()} has been called.
     *
     * @return {@code true} once closed
     */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Returns how many values the channel buffers at most.
     *
     * @return the capacity given at construction
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns how many values are buffered now (not counting those of waiting sends).
     *
     * @return the number of buffered values
     */
    public synchronized int size() {
        return buffer.size();
    }

    @Override
    public synchronized String toString() {
        return "Channel[" + buffer.size() + "/" + (capacity == UNLIMITED ? "unlimited" : capacity) + " buffered, "
                + senders.size() + " sends and " + receivers.size() + " receives waiting" + (closed ? ", closed" : "")
                + "]";
    }

    private static <E> E poll(LinkedHashSet<E> waiting) {
        Iterator<E> first = waiting.iterator();
        if (!first.hasNext()) {
            return null;
        }
        E next = first.next();
        first.remove();
        return next;
    }

    /** A send waiting for room; an abort takes it out if the channel has not taken its value yet. */
    private final class PendingSend extends InProgress<Void> implements kaa.internal.Described {
        final T value;

        PendingSend(T value) {
            this.value = value;
        }

        @Override
        public String description() {
            return "Channel.send (" + Channel.this + ")";
        }

        @Override
        public boolean abort(InProgressAbortedException reason) {
            synchronized (Channel.this) {
                if (!senders.remove(this)) {
                    return false; // taken (or closed): too late
                }
            }
            return super.abort(reason);
        }
    }

    /** A receive waiting for a value; an abort takes it out if no value has been handed to it yet. */
    private final class PendingReceive extends InProgress<T> implements kaa.internal.Described {
        @Override
        public String description() {
            return "Channel.receive (" + Channel.this + ")";
        }

        @Override
        public boolean abort(InProgressAbortedException reason) {
            synchronized (Channel.this) {
                if (!receivers.remove(this)) {
                    return false;
                }
            }
            return super.abort(reason);
        }
    }
}
