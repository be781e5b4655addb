package kaa.internal;

import java.util.Iterator;
import java.util.LinkedHashSet;

import kaa.InProgress;

/**
 * The queue of a {@code @Coroutine(policy = Policy.SYNCHRONIZED)} method: one per instance of the generated class
 * (a field) for an instance method, one per method (a static field) for a static one.
 *
 * <p>An invocation made while an earlier one is unfinished is queued without entering its body; each body starts,
 * in call order, when the invocation before it finishes — finished, failed or aborted. An invocation aborted while
 * queued fails at once and leaves the queue; its body never runs. Finished invocations are not retained, and the
 * queue lives exactly as long as its owner.
 *
 * <p>A queued body starts synchronously inside the completion of the invocation before it, as kaa does; chains of
 * bodies that finish at once are trampolined like every completion ({@link Trampoline}).
 */
public final class InvocationQueue implements Listener {
    /** The invocation whose body has been entered and is unfinished; null when idle. Guarded by this. */
    private CoroutineMachine<?> active;
    /**
     * Invocations waiting for {@link #active}, in call order; created on the first overlap. Guarded by this. A linked
     * set: an invocation aborted while queued leaves it in constant time, wherever it stands.
     */
    private LinkedHashSet<CoroutineMachine<?>> waiting;

    /** An empty queue. */
    public InvocationQueue() {}

    /**
     * Starts {@code machine} now if no invocation is active, else queues it; returns it, the caller's
     * {@code InProgress}.
     *
     * @param machine the new invocation, not started
     * @param <T> its result type
     * @return {@code machine}
     */
    public <T> CoroutineMachine<T> submit(CoroutineMachine<T> machine) {
        synchronized (this) {
            if (active != null) {
                if (waiting == null) {
                    waiting = new LinkedHashSet<>();
                }
                machine.markQueued();
                waiting.add(machine);
                // Told when it finishes: as the active invocation, or aborted while still queued.
                machine.markBookkept();
                RuntimeAccess.addListener(machine, this);
                return machine;
            }
            active = machine;
        }
        machine.start();
        machine.markBookkept();
        RuntimeAccess.addListener(machine, this);
        return machine;
    }

    @Override
    public void onDone(InProgress<?> source) {
        CoroutineMachine<?> next;
        synchronized (this) {
            if (source != active) {
                // Aborted while queued.
                if (waiting != null) {
                    waiting.remove(source);
                }
                return;
            }
            next = null;
            if (waiting != null && !waiting.isEmpty()) {
                Iterator<CoroutineMachine<?>> first = waiting.iterator();
                next = first.next();
                first.remove();
            }
            active = next;
        }
        if (next != null) {
            // Its listener is registered already: its completion starts the one after it.
            next.startQueued();
        }
    }

    /**
     * The number of invocations waiting to start (not counting the active one).
     *
     * @return how many are queued
     */
    public synchronized int queued() {
        return waiting == null ? 0 : waiting.size();
    }
}
