package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class ManualTickerTest {
    private final ManualTicker ticker = new ManualTicker();

    @Test
    void startsAtZeroAndMovesOnlyWhenAdvanced() {
        assertEquals(0, ticker.nanoTime());
        ticker.advance(Duration.ofMillis(3));
        assertEquals(3_000_000, ticker.nanoTime());
    }

    @Test
    void advanceToNeverGoesBackwards() {
        ticker.advanceTo(500);
        ticker.advanceTo(200);
        assertEquals(500, ticker.nanoTime());
    }

    @Test
    void negativeAdvanceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ticker.advance(Duration.ofNanos(-1)));
    }

    @Test
    void systemTickerFollowsNanoTime() {
        long before = System.nanoTime();
        long reading = Ticker.system().nanoTime();
        assertEquals(true, reading - before >= 0);
    }
}
