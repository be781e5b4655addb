package app;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kaa.*;
import org.junit.jupiter.api.*;

/** Run with -Dparallel=true: several classes with the README's @BeforeEach, concurrently. */

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class ParUnlockedCExp extends VirtualTimeTest {
    @RepeatedTest(5)
    void oneVirtualMinute() {
        assertEquals("C", Probe.create().sleepThenLog("C", Duration.ofMinutes(1)).await());
        assertEquals(Duration.ofMinutes(1), elapsed());
    }
}
