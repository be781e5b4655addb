package kaa;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import kaa.internal.TimerHeap;

/**
 * One arming of a task in a notifier's timer heap. Its state moves once, by compare-and-set, from pending
 * to either running or cancelled, so a cancel racing with the deadline from another thread either wins
 * (the task never runs) or loses (it returns {@code false}), never both.
 */
final class ScheduledTask extends TimerHeap.Node implements TimerHandle {
    private static final int PENDING = 0;
    private static final int STARTED = 1;
    private static final int CANCELLED = 2;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(ScheduledTask.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Notifier notifier;
    private final Runnable task;
    private volatile int state;

    ScheduledTask(Notifier notifier, long deadlineNanos, Runnable task) {
        super(deadlineNanos);
        this.notifier = notifier;
        this.task = task;
    }

    /** Claims the task for running; {@code false} if it was cancelled (or already ran). */
    boolean start() {
        return STATE.compareAndSet(this, PENDING, STARTED);
    }

    Runnable task() {
        return task;
    }

    @Override
    public boolean cancel() {
        if (!STATE.compareAndSet(this, PENDING, CANCELLED)) {
            return false;
        }
        notifier.unschedule(this);
        return true;
    }

    @Override
    public boolean isPending() {
        return state == PENDING;
    }

    @Override
    public String toString() {
        return "TimerHandle[deadline=" + deadlineNanos() + "ns, " + (isPending() ? "pending" : "done") + "]";
    }
}
