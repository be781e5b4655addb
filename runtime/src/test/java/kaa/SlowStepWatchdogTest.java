package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How often the slow-step watchdog samples; its reports are tested end to end in the integration tests. */
class SlowStepWatchdogTest {
    /**
     * The first notifier's constructor starts the watchdog before {@link Main} has the notifier: the watchdog must
     * look again soon, or the program's first slow step goes unreported (usertest round 9b: it slept 500 ms, and a
     * 300 ms step at the start was missed about one run in three).
     */
    @Test
    void withNoNotifierYetTheWatchdogLooksAgainWithinHalfTheDefaultThreshold() {
        assertTrue(SlowStepWatchdog.periodNanos(null) <= Duration.ofMillis(50).toNanos());
    }

    @Test
    void aNotifierIsSampledEveryHalfThreshold() {
        Notifier notifier = new Notifier();
        try {
            notifier.setSlowStepThreshold(Duration.ofMillis(300));
            assertEquals(Duration.ofMillis(150).toNanos(), SlowStepWatchdog.periodNanos(notifier));
        } finally {
            notifier.close();
        }
    }
}
