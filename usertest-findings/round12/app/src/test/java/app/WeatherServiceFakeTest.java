package app;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import kaa.*;
import org.junit.jupiter.api.Test;

/** A test double: subclass the generated class and replace the @Threaded dependency. */
class WeatherServiceFakeTest extends VirtualTimeTest {
    static class FakeService extends WeatherService_Coroutines {
        final Deque<InProgress<String>> answers = new ArrayDeque<>();
        FakeService() { super(city -> { throw new AssertionError("backend must not be called"); }); }
        @Override
        InProgress<String> fetchOnce(String city) {
            return answers.removeFirst();
        }
    }

    @Test
    void finishedAnswer() {
        FakeService s = new FakeService();
        s.answers.add(InProgress.finished("hail"));
        assertEquals("hail", s.fetchWithRetry("Tromso", 3, Duration.ofSeconds(1)).await());
        assertEquals(Duration.ZERO, elapsed());
    }

    @Test
    void timeoutThenSuccess() {
        FakeService s = new FakeService();
        InProgress<String> never = new InProgress<>();
        s.answers.add(never);
        s.answers.add(InProgress.finished("snow"));
        assertEquals("snow", s.fetchWithRetry("Tromso", 3, Duration.ofSeconds(10)).await());
        assertEquals(Duration.ofSeconds(11), elapsed());    // 10 s timeout + 1 s back-off
        assertTrue(never.isFailed(), "timeout(d, true) aborts the pending attempt");
        assertInstanceOf(InProgressAbortedException.class, never.exception());
    }

    @Test
    void allTimeouts() {
        FakeService s = new FakeService();
        for (int i = 0; i < 3; i++) s.answers.add(new InProgress<>());
        IOException e = assertThrows(IOException.class,
                () -> s.fetchWithRetry("Tromso", 3, Duration.ofMinutes(1)).await(IOException.class));
        assertEquals("attempt 3 timed out", e.getMessage());
        assertInstanceOf(InProgressTimeoutException.class, e.getCause());
        assertEquals(Duration.ofMinutes(3).plusSeconds(3), elapsed());
    }

    @Test
    void failedAnswers() {
        FakeService s = new FakeService();
        s.answers.add(InProgress.failed(new IOException("a")));
        s.answers.add(InProgress.failed(new IOException("b")));
        IOException e = assertThrows(IOException.class,
                () -> s.fetchWithRetry("Tromso", 2, Duration.ofMinutes(1)).await(IOException.class));
        assertEquals("b", e.getMessage());
    }

    @Test
    void awaitTimeoutOnVirtualTime() {
        InProgress<String> never = new InProgress<>();
        assertThrows(InProgressTimeoutException.class, () -> never.await(Duration.ofMinutes(5)));
    }

    @Test
    void abortWhileWaiting() {
        FakeService s = new FakeService();
        InProgress<String> never = new InProgress<>();
        s.answers.add(never);
        InProgress<String> r = s.fetchWithRetry("Tromso", 3, Duration.ofHours(1));
        assertFalse(r.isFinished());
        assertTrue(r.abort());
        assertThrows(InProgressAbortedException.class, r::await);
        assertTrue(never.isFailed());
    }
}
