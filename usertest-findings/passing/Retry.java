import java.io.IOException;
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

//| retry: attempt 1 failed
//| retry: attempt 2 failed
//| ok after 3
//| value-of-k
//| timed out
//| retry: attempt 1 failed
//| retry: attempt 2 failed
//| gave up: attempt 2 failed
abstract class Retry {
    int calls;
    int failUntil = 3;

    InProgress<String> flakyFetch(String key) {
        calls++;
        if (calls < failUntil) return InProgress.failed(new IOException("attempt " + calls + " failed"));
        var ip = new InProgress<String>();
        Main.post(() -> ip.finish("value-of-" + key));
        return ip;
    }

    InProgress<String> hang() {
        return new InProgress<>();
    }

    @Coroutine
    InProgress<String> fetchWithRetry(String key, int maxAttempts) {
        IOException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                String v = yield_(flakyFetch(key), IOException.class);
                System.out.println("ok after " + attempt);
                return done(v);
            } catch (IOException e) {
                last = e;
                System.out.println("retry: " + e.getMessage());
                yield_(delay(Duration.ofMillis(5L * attempt)));
            }
        }
        throw new IllegalStateException("gave up", last);
    }

    @Coroutine
    InProgress<String> withTimeout() {
        try {
            return done(yield_(hang().timeout(Duration.ofMillis(20))));
        } catch (InProgressTimeoutException e) {
            return done("timed out");
        }
    }

    public static void main(String[] args) {
        Retry r = new Retry_Coroutines();
        System.out.println(r.fetchWithRetry("k", 5).await());
        System.out.println(r.withTimeout().await());
        Retry r2 = new Retry_Coroutines();
        r2.failUntil = 100;
        InProgress<String> gaveUp = r2.fetchWithRetry("x", 2);
        try {
            gaveUp.await();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + ": " + e.getCause().getMessage());
        }
    }
}
