package kaa.internal;

import java.util.Objects;

import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Notifier;

/**
 * The runtime's own entry points into {@code kaa} types that are not public API, as the JDK's {@code SharedSecrets}:
 * listening to an {@code InProgress} without a callback object of the public API, and taking a time slice back on an
 * undriven loop. {@code InProgress} and {@code Notifier} install their halves when they are initialised; only they
 * can (a second installation, or one from elsewhere, is refused). Generated code does not call this class.
 */
public final class RuntimeAccess {
    /** What {@code InProgress} lends the runtime. */
    public interface InProgressAccess {
        /**
         * Registers {@code listener}, called once when {@code ip} finishes (at once, on this thread, if it has).
         *
         * @param ip the object to listen to
         * @param listener the listener
         */
        void addListener(InProgress<?> ip, Listener listener);

        /**
         * Unregisters a listener that has not been called yet.
         *
         * @param ip the object listened to
         * @param listener the listener
         * @return whether it was registered (this call took it out)
         */
        boolean removeListener(InProgress<?> ip, Listener listener);

        /**
         * Records that {@code reason} was handed to an abort, so what fails with it is never reported as unobserved.
         *
         * @param reason the abort's exception
         */
        void markDelivered(InProgressAbortedException reason);
    }

    /** What {@code Notifier} lends the runtime. */
    public interface NotifierAccess {
        /**
         * Runs {@code action} at once, holding the loop, if the caller is the loop thread or nobody drives the loop.
         *
         * @param notifier the notifier
         * @param action a few field accesses; must not call the notifier
         * @return whether it ran ({@code false}: another thread drives the loop)
         */
        boolean tryRunOnLoop(Notifier notifier, Runnable action);
    }

    private static InProgressAccess inProgress;
    private static NotifierAccess notifier;

    private RuntimeAccess() {}

    /**
     * Installs {@code InProgress}'s half; called once by its static initialiser.
     *
     * @param access the implementation
     * @throws IllegalStateException if called from elsewhere or twice
     */
    public static synchronized void install(InProgressAccess access) {
        check(InProgress.class, inProgress);
        inProgress = Objects.requireNonNull(access, "access");
    }

    /**
     * Installs {@code Notifier}'s half; called once by its static initialiser.
     *
     * @param access the implementation
     * @throws IllegalStateException if called from elsewhere or twice
     */
    public static synchronized void install(NotifierAccess access) {
        check(Notifier.class, notifier);
        notifier = Objects.requireNonNull(access, "access");
    }

    private static void check(Class<?> owner, Object installed) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(
                frames -> frames.skip(2).findFirst().orElseThrow().getDeclaringClass());
        if (caller != owner || installed != null) {
            throw new IllegalStateException("only " + owner.getName() + " installs its access, once; "
                    + caller.getName() + " tried to");
        }
    }

    /**
     * Registers {@code listener} on {@code ip}; see {@link InProgressAccess#addListener}.
     *
     * @param ip the object to listen to (its class is initialised: the access is installed)
     * @param listener the listener
     */
    public static void addListener(InProgress<?> ip, Listener listener) {
        inProgress.addListener(ip, listener);
    }

    /**
     * Unregisters {@code listener} from {@code ip}; see {@link InProgressAccess#removeListener}.
     *
     * @param ip the object listened to
     * @param listener the listener
     * @return whether it was registered
     */
    public static boolean removeListener(InProgress<?> ip, Listener listener) {
        return inProgress.removeListener(ip, listener);
    }

    /**
     * See {@link InProgressAccess#markDelivered}.
     *
     * @param reason the abort's exception
     */
    public static void markDelivered(InProgressAbortedException reason) {
        inProgress.markDelivered(reason);
    }

    /**
     * See {@link NotifierAccess#tryRunOnLoop}.
     *
     * @param loop the notifier
     * @param action what to run
     * @return whether it ran
     */
    public static boolean tryRunOnLoop(Notifier loop, Runnable action) {
        return notifier.tryRunOnLoop(loop, action);
    }
}
