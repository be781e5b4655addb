package kaa;

import kaa.internal.SystemTicker;

/**
 * The clock a {@link Notifier} reads to decide when timers are due.
 *
 * <p>Injecting the clock lets timer and timeout tests run on virtual time ({@link ManualTicker}) instead
 * of sleeping. Values are nanoseconds from an arbitrary origin, like {@link System#nanoTime()}: only
 * differences between two readings mean anything, and they never go backwards.
 */
public interface Ticker {

    /**
     * Returns the current time of this clock.
     *
     * @return nanoseconds from an arbitrary, fixed origin; compare readings by subtraction, never with
     *     {@code <}, so a wrap-around of the origin does no harm
     */
    long nanoTime();

    /**
     * Returns the real monotonic clock of the JVM.
     *
     * @return a ticker reading {@link System#nanoTime()}
     */
    static Ticker system() {
        return SystemTicker.INSTANCE;
    }
}
