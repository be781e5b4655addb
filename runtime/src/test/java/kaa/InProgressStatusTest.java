package kaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NotifierReports.class)
class InProgressStatusTest {
    private static final Duration WINDOW = Duration.ofSeconds(5);

    private final ManualTicker clock = new ManualTicker();
    private final InProgressStatus status = new InProgressStatus(200, clock, WINDOW);

    @Test
    void positionAndPercentageFollowUpdatesAndIncrements() {
        status.update(50);
        assertEquals(50, status.position());
        assertEquals(25, status.percentage());

        status.increment(49);
        status.increment();
        assertEquals(100, status.position());
        assertEquals(50, status.percentage());
        assertEquals(200, status.maximum());
    }

    @Test
    void percentageIsClampedAndZeroWithAnUnknownMaximum() {
        status.update(500);
        assertEquals(100, status.percentage());
        status.update(-5);
        assertEquals(0, status.percentage());

        InProgressStatus unknown = new InProgressStatus(0, clock, WINDOW);
        unknown.update(10);
        assertEquals(0, unknown.percentage());
        unknown.setMaximum(40);
        assertEquals(25, unknown.percentage());
    }

    @Test
    void theBarShowsTheDonePartWithAHeadAndThePercentage() {
        assertEquals("[>         ] 0%", status.bar(10));
        status.update(100);
        assertEquals("[=====>    ] 50%", status.bar(10));
        status.update(199);
        assertEquals("[=========>] 99%", status.bar(10));
        status.update(200);
        assertEquals("[==========] 100%", status.bar(10));
        assertEquals("[" + "=".repeat(InProgressStatus.DEFAULT_BAR_WIDTH) + "] 100%", status.toString());
        assertThrows(IllegalArgumentException.class, () -> status.bar(0));
    }

    @Test
    void speedIsUnitsPerSecondOverTheElapsedTime() {
        assertEquals(0.0, status.speed());
        clock.advance(Duration.ofSeconds(2));
        status.update(40);

        assertEquals(20.0, status.speed(), 1e-9);
    }

    @Test
    void speedLooksOnlyAtTheSlidingWindow() {
        clock.advance(Duration.ofSeconds(10));
        status.update(10); // slow start: 1 unit/s
        for (int second = 1; second <= 10; second++) {
            clock.advance(Duration.ofSeconds(1));
            status.increment(10); // then 10 units/s
        }

        assertEquals(10.0, status.speed(), 1e-9);
    }

    @Test
    void aStalledOperationSlowsDown() {
        clock.advance(Duration.ofSeconds(1));
        status.update(10);
        clock.advance(Duration.ofSeconds(1));

        assertEquals(5.0, status.speed(), 1e-9);
    }

    @Test
    void etaIsTheRemainingAmountAtTheCurrentSpeed() {
        assertEquals(Optional.empty(), status.eta(), "nothing moved yet");
        clock.advance(Duration.ofSeconds(2));
        status.update(50); // 25 units/s, 150 to go

        assertEquals(Optional.of(Duration.ofSeconds(6)), status.eta());
        status.update(200);
        assertEquals(Optional.of(Duration.ZERO), status.eta());
        assertEquals(Optional.empty(), new InProgressStatus(0, clock, WINDOW).eta());
    }

    @Test
    void aPositionMovingBackwardsRestartsTheSpeedMeasurement() {
        clock.advance(Duration.ofSeconds(1));
        status.update(100);
        clock.advance(Duration.ofSeconds(1));
        status.update(20); // a retry starts over
        clock.advance(Duration.ofSeconds(2));
        status.update(60);

        assertEquals(20.0, status.speed(), 1e-9);
    }

    @Test
    void everyChangeEmitsChangedWithTheStatus() {
        List<Long> positions = new ArrayList<>();
        status.changed().connect(s -> {
            assertSame(status, s);
            positions.add(s.position());
        });

        status.update(3);
        status.increment(2);
        status.setMaximum(10);

        assertEquals(List.of(3L, 5L, 5L), positions);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new InProgressStatus(-1, clock, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new InProgressStatus(1, clock, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> status.setMaximum(-1));
    }
}
