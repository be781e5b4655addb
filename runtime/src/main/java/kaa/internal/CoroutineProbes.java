package kaa.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The registry of live coroutines behind the coroutine dump (docs/debugging.md, "Dump"), on only when the JVM starts
 * with {@code -Dkaa.debug.coroutines=true}: {@link #ENABLED} is a constant, so with it off the JIT removes every probe
 * from the creation and suspension paths. With it on, each machine is registered (weakly) when created, with the time
 * of its last suspension.
 */
public final class CoroutineProbes {
    /** Whether coroutines are registered: the system property {@code kaa.debug.coroutines}, read once. */
    public static final boolean ENABLED = Boolean.getBoolean("kaa.debug.coroutines");

    /** Machine to probe; weak keys. InProgress keeps Object's identity equality. */
    private static final Map<CoroutineMachine<?>, Probe> LIVE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final int PRUNE_EVERY = 4096;
    private static int created;

    static {
        if (ENABLED) {
            DebugMBeanRegistration.register();
        }
    }

    private CoroutineProbes() {}

    /** What the registry knows of one machine. */
    private static final class Probe {
        final long createdNanos = System.nanoTime();
        volatile long suspendedNanos;
    }

    static void created(CoroutineMachine<?> machine) {
        synchronized (LIVE) {
            LIVE.put(machine, new Probe());
            if (++created % PRUNE_EVERY == 0) {
                LIVE.keySet().removeIf(CoroutineMachine::isFinished);
            }
        }
    }

    static void suspended(CoroutineMachine<?> machine) {
        Probe probe = LIVE.get(machine);
        if (probe != null) {
            probe.suspendedNanos = System.nanoTime();
        }
    }

    /** Nanoseconds since {@code machine} last suspended (or was created), or -1 if it is not registered. */
    static long nanosSinceSuspended(CoroutineMachine<?> machine) {
        Probe probe = LIVE.get(machine);
        if (probe == null) {
            return -1;
        }
        long since = probe.suspendedNanos;
        return System.nanoTime() - (since != 0 ? since : probe.createdNanos);
    }

    /**
     * The live (unfinished) coroutines, oldest first; empty when the registry is off.
     *
     * @return a snapshot
     */
    public static List<CoroutineMachine<?>> live() {
        List<Map.Entry<CoroutineMachine<?>, Probe>> entries;
        synchronized (LIVE) {
            LIVE.keySet().removeIf(CoroutineMachine::isFinished);
            entries = new ArrayList<>(LIVE.entrySet());
        }
        entries.sort((a, b) -> Long.compare(a.getValue().createdNanos, b.getValue().createdNanos));
        List<CoroutineMachine<?>> machines = new ArrayList<>(entries.size());
        entries.forEach(entry -> machines.add(entry.getKey()));
        return machines;
    }
}
