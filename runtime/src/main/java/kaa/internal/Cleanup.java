package kaa.internal;

import java.lang.ref.Cleaner;

/** The runtime's one {@link Cleaner} (one daemon thread): what is released when its owner is garbage-collected. */
public final class Cleanup {
    /** Shared by every use in the runtime; actions must not refer to their owners. */
    public static final Cleaner CLEANER = Cleaner.create();

    private Cleanup() {}
}
