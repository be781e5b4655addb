package app;

import java.io.IOException;
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

/** Fetches a forecast from a blocking backend on the "io" pool, with a timeout per try and retries. */
public abstract class WeatherService {
    public interface Backend {
        String fetch(String city) throws IOException;
    }

    public static final String POOL = "io";

    protected final Backend backend;
    int attemptsMade;

    protected WeatherService(Backend backend) {
        this.backend = backend;
    }

    public static WeatherService create(Backend backend) {
        return new WeatherService_Coroutines(backend);
    }

    /** Blocking call, on the pool. */
    @Threaded(pool = POOL)
    InProgress<String> fetchOnce(String city) {
        try {
            return done(backend.fetch(city));
        } catch (IOException e) {
            return InProgress.failed(e);
        }
    }

    /** Tries {@code attempts} times, each bounded by {@code perTry}, backing off 1 s, 2 s, 4 s ... between tries. */
    @Coroutine
    public InProgress<String> fetchWithRetry(String city, int attempts, Duration perTry) {
        IOException last = null;
        for (int i = 0; i < attempts; i++) {
            attemptsMade++;
            try {
                String v = yield_(fetchOnce(city).timeout(perTry, true), IOException.class);
                return done(v);
            } catch (InProgressTimeoutException e) {
                last = new IOException("attempt " + (i + 1) + " timed out", e);
            } catch (IOException e) {
                last = e;
            }
            if (i + 1 < attempts) {
                yield_(delay(Duration.ofSeconds(1L << i)));
            }
        }
        return InProgress.failed(last);
    }

    /** A checked exception declared on a coroutine, as some teams will write it. */
    @Coroutine
    public InProgress<String> fetchStrict(String city) throws IOException {
        String v = yield_(fetchOnce(city), IOException.class);
        if (v.isEmpty()) {
            throw new IOException("empty forecast for " + city);
        }
        return done(v);
    }
}
