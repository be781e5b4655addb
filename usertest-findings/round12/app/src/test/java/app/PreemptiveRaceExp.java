package app;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import kaa.*;
import org.junit.jupiter.api.*;

/** Each repetition: a hanging await() under assertTimeoutPreemptively (the timeout is expected and asserted).
 *  The next repetition's @BeforeEach (the README's Main.setNotifier) then runs right after JUnit interrupted
 *  the timeout thread. */
class PreemptiveRaceExp extends VirtualTimeTest {
    @RepeatedTest(100)
    void hangingAwaitTimesOut() {
        InProgress<String> never = new InProgress<>();
        assertThrows(AssertionError.class, () -> assertTimeoutPreemptively(Duration.ofMillis(10), () -> never.await()));
    }
}
