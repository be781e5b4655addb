package app;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real pool ("io"), real backend lambdas, virtual time. */
class WeatherServiceTest extends VirtualTimeTest {
    @BeforeAll
    static void pools() {
        ThreadPool.builder(WeatherService.POOL).size(2).register();
    }

    @Test
    void fastBackendSucceeds() {
        WeatherService s = WeatherService.create(city -> "sunny in " + city);
        assertEquals("sunny in Oslo", s.fetchWithRetry("Oslo", 3, Duration.ofSeconds(5)).await());
    }

    @Test
    void retriesAfterFailuresWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        WeatherService s = WeatherService.create(city -> {
            if (calls.incrementAndGet() < 3) throw new IOException("503");
            return "rain";
        });
        assertEquals("rain", s.fetchWithRetry("Bergen", 3, Duration.ofSeconds(5)).await());
        assertEquals(3, calls.get());
        assertEquals(Duration.ofSeconds(3), elapsed());     // 1 s + 2 s of back-off, virtual
    }

    @Test
    void allAttemptsFailGivesLastIOException() {
        WeatherService s = WeatherService.create(city -> { throw new IOException("down"); });
        IOException e = assertThrows(IOException.class,
                () -> s.fetchWithRetry("X", 2, Duration.ofSeconds(5)).await(IOException.class));
        assertEquals("down", e.getMessage());
    }

    @Test
    void awaitWithoutClassWrapsCheckedInCompletionException() {
        WeatherService s = WeatherService.create(city -> { throw new IOException("down"); });
        CompletionException e = assertThrows(CompletionException.class,
                () -> s.fetchWithRetry("X", 1, Duration.ofSeconds(5)).await());
        assertInstanceOf(IOException.class, e.getCause());
    }

    @Test
    void strictCoroutineCheckedException() {
        WeatherService s = WeatherService.create(city -> "");
        IOException e = assertThrows(IOException.class, () -> s.fetchStrict("Nowhere").await(IOException.class));
        assertEquals("empty forecast for Nowhere", e.getMessage());
    }

    /** A backend that takes 50 ms of real time, with a 5 s per-try timeout: should succeed on the first try. */
    @Test
    void slowishBackendWithinTimeout() throws IOException {
        WeatherService s = WeatherService.create(city -> {
            try { Thread.sleep(50); } catch (InterruptedException e) { throw new IOException(e); }
            return "fog";
        });
        assertEquals("fog", s.fetchWithRetry("London", 1, Duration.ofSeconds(5)).await(IOException.class));
    }
}
