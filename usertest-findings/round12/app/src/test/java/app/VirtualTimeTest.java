package app;

import kaa.*;
import org.junit.jupiter.api.BeforeEach;

/** The README's "Testing your coroutines" setup, shared by the virtual-time tests. */
abstract class VirtualTimeTest {
    protected ManualTicker clock;
    protected Notifier notifier;

    @BeforeEach
    void virtualTime() {
        clock = new ManualTicker();
        notifier = new Notifier(clock);
        Main.setNotifier(notifier);                  // in @BeforeEach; timers run on the notifier set here
    }

    protected java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(clock.nanoTime());
    }
}
