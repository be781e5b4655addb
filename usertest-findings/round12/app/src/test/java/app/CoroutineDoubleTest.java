package app;

import static kaa.Async.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import kaa.*;
import org.junit.jupiter.api.Test;

/** public: a package-private test class hits finding 1 (kaa.coroutine-in-implicit-class). A test double whose replacement dependency is itself a coroutine (the processor runs on test sources too). */
public class CoroutineDoubleTest extends VirtualTimeTest {
    abstract static class SlowBackendService extends WeatherService_Coroutines {
        int calls;
        SlowBackendService() { super(city -> { throw new AssertionError(); }); }

        @Override
        @Coroutine
        InProgress<String> fetchOnce(String city) {        // replaces the @Threaded one
            calls++;
            yield_(delay(Duration.ofSeconds(calls == 1 ? 30 : 2)));   // first try too slow, second fine
            return done("cloudy in " + city);
        }
    }

    @Test
    void slowFirstAttemptTimesOutThenSucceeds() {
        SlowBackendService s = new CoroutineDoubleTest_SlowBackendService_Coroutines();
        assertEquals("cloudy in Rome", s.fetchWithRetry("Rome", 3, Duration.ofSeconds(10)).await());
        assertEquals(2, s.calls);
        assertEquals(Duration.ofSeconds(10 + 1 + 2), elapsed());
    }
}
