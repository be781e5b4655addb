package kaa.internal;

import java.util.ArrayDeque;
import java.util.function.BooleanSupplier;

import kaa.InProgress;
import kaa.Main;

/**
 * Calls {@link Listener}s without letting chains of completions grow the stack without bound.
 *
 * <p>Finishing an {@code InProgress} calls its listeners synchronously, as kaa does; a listener that is a coroutine
 * resumes, may finish, and so calls its own awaiter's listener, and so on. Up to {@value #MAX_DEPTH} such calls nest
 * on one thread; deeper ones are queued and run by the outermost dispatch before it returns, so 100 000 coroutines
 * awaiting one another finish without a {@code StackOverflowError} and still all finish before the outermost
 * {@code finish()} returns.
 */
public final class Trampoline {
    private static final int MAX_DEPTH = 48;
    private static final ThreadLocal<Trampoline> CURRENT = ThreadLocal.withInitial(Trampoline::new);
    /**
     * The Trampoline used last, on whatever thread: completions mostly happen on one thread (the loop thread, or the
     * single thread of an undriven program), which then finds its own here without a {@code ThreadLocal} lookup. A
     * racy cache: {@link #owner} is final, so any thread that reads an instance here sees its owner, and uses it
     * only if that is itself; otherwise it falls back to the {@code ThreadLocal}.
     */
    private static Trampoline last;

    private final Thread owner;

    /** Alternating listener, source pairs: no node allocation per deferred call. */
    private final ArrayDeque<Object> deferred = new ArrayDeque<>();
    private int depth;

    private Trampoline() {
        owner = Thread.currentThread();
    }

    /** This thread's Trampoline. */
    private static Trampoline current() {
        Trampoline cached = last;
        Thread me = Thread.currentThread();
        if (cached != null && cached.owner == me) {
            return cached;
        }
        Trampoline mine = CURRENT.get();
        last = mine;
        return mine;
    }

    /**
     * Calls {@code listener.onDone(source)} now, or after the calls already under way on this thread return.
     *
     * @param listener the listener to call
     * @param source the finished {@code InProgress} it listened to
     */
    public static void dispatch(Listener listener, InProgress<?> source) {
        Trampoline trampoline = current();
        if (trampoline.depth >= MAX_DEPTH) {
            trampoline.deferred.addLast(listener);
            trampoline.deferred.addLast(source);
            return;
        }
        trampoline.invoke(listener, source);
        if (trampoline.depth == 0) {
            trampoline.drain();
        }
    }

    /**
     * Runs {@code nestedLoop}, a notifier loop nested in a callback (an {@code await()} on the notifier thread), as if
     * no dispatch were under way on this thread: completions inside it are delivered at once (and calls deferred
     * before it may run in it, in order) instead of waiting behind the very dispatch that waits for them.
     *
     * @param nestedLoop the nested loop
     * @return what {@code nestedLoop} returned
     */
    public static boolean runNested(BooleanSupplier nestedLoop) {
        Trampoline trampoline = current();
        int savedDepth = trampoline.depth;
        trampoline.depth = 0;
        try {
            return nestedLoop.getAsBoolean();
        } finally {
            trampoline.depth = savedDepth;
        }
    }

    private void drain() {
        Object next;
        while ((next = deferred.pollFirst()) != null) {
            invoke((Listener) next, (InProgress<?>) deferred.pollFirst());
        }
    }

    private void invoke(Listener listener, InProgress<?> source) {
        depth++;
        try {
            listener.onDone(source);
        } catch (VirtualMachineError fatal) {
            throw fatal; // the notifier's rule for failures: see Notifier, "Failures"
        } catch (Throwable failure) {
            Main.notifier().reportException(failure);
        } finally {
            depth--;
        }
    }
}
