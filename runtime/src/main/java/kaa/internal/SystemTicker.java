package kaa.internal;

import kaa.Ticker;

/** The real clock behind {@link Ticker#system()}: one shared instance reading {@link System#nanoTime()}. */
public final class SystemTicker implements Ticker {
    /** The only instance. */
    public static final SystemTicker INSTANCE = new SystemTicker();

    private SystemTicker() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public String toString() {
        return "Ticker.system()";
    }
}
