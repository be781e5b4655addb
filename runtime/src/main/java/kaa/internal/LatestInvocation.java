package kaa.internal;

import java.util.function.Function;
import java.util.function.Supplier;

import kaa.CoroutineInProgress;
import kaa.InProgress;

/**
 * The most recent unfinished invocation of a {@code @Coroutine} method with {@code Policy.SINGLETON} or
 * {@code Policy.PASS_LAST}: one per instance of the generated class (a field) for an instance method, one per method
 * (a static field) for a static one. It forgets an invocation as soon as that finishes, so it never keeps a finished
 * coroutine (or what its body holds) alive.
 */
public final class LatestInvocation implements Listener {
    /** Guarded by this. */
    private CoroutineMachine<?> latest;

    /** No invocation yet. */
    public LatestInvocation() {}

    /**
     * {@code SINGLETON}: the unfinished invocation if there is one (the arguments of this call are not used), else a
     * new one from {@code create}, started. A call made by the body's own first step already sees the new one.
     *
     * @param create makes the new invocation (not started)
     * @param <T> its result type
     * @return the invocation the caller gets
     */
    @SuppressWarnings("unchecked")
    public <T> CoroutineMachine<T> singleton(Supplier<CoroutineMachine<T>> create) {
        CoroutineMachine<T> machine;
        synchronized (this) {
            if (latest != null && !latest.isFinished()) {
                // A generic method's invocations share the slot: the caller gets it whatever its type arguments.
                return (CoroutineMachine<T>) latest;
            }
            machine = create.get();
            latest = machine;
        }
        return start(machine);
    }

    /**
     * {@code PASS_LAST}: a new invocation from {@code create}, given the previous unfinished invocation (or null,
     * which its body reads as {@code last()}), started.
     *
     * @param create makes the new invocation from the previous unfinished one (or {@code null})
     * @param <T> its result type
     * @return the new invocation
     */
    public <T> CoroutineMachine<T> passLast(Function<CoroutineInProgress<?>, CoroutineMachine<T>> create) {
        CoroutineMachine<T> machine;
        synchronized (this) {
            machine = create.apply(latest != null && !latest.isFinished() ? latest : null);
            latest = machine;
        }
        return start(machine);
    }

    private <T> CoroutineMachine<T> start(CoroutineMachine<T> machine) {
        machine.start();
        // Finished already: called at once, and forgets it.
        machine.markBookkept();
        RuntimeAccess.addListener(machine, this);
        return machine;
    }

    @Override
    public void onDone(InProgress<?> source) {
        synchronized (this) {
            if (latest == source) {
                latest = null;
            }
        }
    }
}
