package app;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeartbeatTest extends VirtualTimeTest {
    @Test
    void fiveBeatsInFiveVirtualSeconds() {
        Heartbeat h = new Heartbeat().start(Duration.ofSeconds(1));
        notifier.loopUntil(() -> h.beats() == 5);
        h.stop();
        assertEquals(Duration.ofSeconds(5), elapsed());
    }

    @Test
    void manualAdvance() {
        Heartbeat h = new Heartbeat().start(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(2500));
        notifier.step();
        int after = h.beats();
        h.stop();
        assertTrue(after >= 1, "beats after advancing 2.5 s: " + after);
    }
}
