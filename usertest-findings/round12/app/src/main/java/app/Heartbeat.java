package app;

import java.time.Duration;

/** Counts beats on a repeating kaa.Timer. */
public final class Heartbeat {
    private int beats;
    private final kaa.Timer timer = new kaa.Timer(() -> beats++);

    public Heartbeat start(Duration every) {
        timer.start(every);
        return this;
    }

    public void stop() {
        timer.stop();
    }

    public int beats() {
        return beats;
    }
}
