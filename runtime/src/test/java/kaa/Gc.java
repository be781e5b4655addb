package kaa;

import java.lang.ref.WeakReference;

/** Test helper: asks for garbage collection until a weak reference clears, a bounded number of times. */
final class Gc {
    private Gc() {
    }

    static boolean collect(WeakReference<?> reference) {
        for (int attempt = 0; attempt < 50 && reference.get() != null; attempt++) {
            System.gc();
            Thread.yield();
        }
        return reference.get() == null;
    }
}
