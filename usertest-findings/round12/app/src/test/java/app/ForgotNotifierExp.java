package app;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kaa.*;
import org.junit.jupiter.api.*;

/** Tests that do not set a notifier inherit whatever the previous test left in Main. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForgotNotifierExp {
    @Test @Order(1)
    void aVirtualTimeTest() {                       // as every VirtualTimeTest does
        Main.setNotifier(new Notifier(new ManualTicker()));
        Probe.create().sleepThenLog("v", Duration.ofSeconds(1)).await();
    }

    /** A real-clock test: a 300 ms delay should take 300 ms. */
    @Test @Order(2)
    void realClockTestThatSetsNoNotifier() {
        long t0 = System.nanoTime();
        Probe.create().sleepThenLog("r", Duration.ofMillis(300)).await();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("real-clock test: delay(300 ms) took " + ms + " ms on " + Main.notifier());
        assertTrue(ms >= 300, "delay(300 ms) took " + ms + " ms");
    }

    /** A virtual-time test that forgot its @BeforeEach: passes after another virtual-time test, times out alone. */
    @Test @Order(3)
    @Timeout(value = 3, unit = TimeUnit.SECONDS)
    void virtualTimeTestThatForgotTheNotifier() {
        Probe.create().sleepThenLog("f", Duration.ofMinutes(5)).await();
    }

    /** What resets Main to the real clock? */
    @Test @Order(4)
    void resetToRealClock() {
        Main.setNotifier(new Notifier());
        System.out.println("after setNotifier(new Notifier()): " + Main.notifier());
        try {
            Main.setNotifier(null);
            System.out.println("setNotifier(null) accepted; Main.notifier() = " + Main.notifier());
        } catch (RuntimeException e) {
            System.out.println("setNotifier(null): " + e);
        }
    }
}
