// Passing program 02: generic retry-with-exponential-backoff coroutine around a @Threaded method failing with IOException; yield_(ip, X.class); await(X.class); custom checked exception
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p02retry.Retry
// Expected output (checked by hand against the README's semantics; timings may vary):
//   contents of a.txt after 4 calls
//   attempt 0: read a.txt #1 failed, waiting 10 ms
//   attempt 1: read a.txt #2 failed, waiting 20 ms
//   attempt 2: read a.txt #3 failed, waiting 40 ms
//   attempt 3 ok
//   gave up: b.txt failed 3 times
//     read b.txt #1 failed
//     read b.txt #2 failed
//     read b.txt #3 failed
package p02retry;

import java.io.IOException;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.*;
import static kaa.Async.*;

/** Generic retry-with-backoff helper; the operation is a @Threaded method that fails with IOException. */
public abstract class Retry {
    static final class GaveUpException extends Exception {
        private static final long serialVersionUID = 1L;
        final transient List<Throwable> attempts;
        GaveUpException(String what, List<Throwable> attempts) {
            super(what + " failed " + attempts.size() + " times");
            this.attempts = List.copyOf(attempts);
        }
    }

    record Backoff(Duration first, double factor, Duration max) {
        Duration after(int attempt) {
            var ms = (long) (first.toMillis() * Math.pow(factor, attempt));
            return Duration.ofMillis(Math.min(ms, max.toMillis()));
        }
    }

    /** A flaky operation; declared throws because @Threaded methods that throw checked exceptions declare them. */
    @FunctionalInterface
    interface Attempt<T> {
        InProgress<T> start() throws IOException;
    }

    final AtomicInteger calls = new AtomicInteger();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Threaded
    InProgress<String> flakyRead(String name, int failTimes) throws IOException {
        int n = calls.incrementAndGet();
        if (n <= failTimes) {
            throw new IOException("read " + name + " #" + n + " failed");
        }
        return done("contents of " + name + " after " + n + " calls");
    }

    @Coroutine
    <T> InProgress<T> retry(String what, Attempt<T> op, int attempts, Backoff backoff) throws GaveUpException, IOException {
        var failures = new ArrayList<Throwable>();
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                T value = yield_(op.start(), IOException.class);
                log.add("attempt " + attempt + " ok");
                return done(value);
            } catch (IOException e) {
                failures.add(e);
                var wait = backoff.after(attempt);
                log.add("attempt " + attempt + ": " + e.getMessage() + ", waiting " + wait.toMillis() + " ms");
                yield_(delay(wait));
            }
        }
        throw new GaveUpException(what, failures);
    }

    public static void main(String[] args) throws Exception {
        var backoff = new Backoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(50));
        Retry r = new Retry_Coroutines();
        String ok = r.retry("a.txt", () -> r.flakyRead("a.txt", 3), 5, backoff).await();
        System.out.println(ok);
        r.log.forEach(System.out::println);

        Retry r2 = new Retry_Coroutines();
        r2.log.clear();
        try {
            r2.retry("b.txt", () -> r2.flakyRead("b.txt", 10), 3, backoff).await(GaveUpException.class);
            System.out.println("unexpected success");
        } catch (GaveUpException e) {
            System.out.println("gave up: " + e.getMessage());
            e.attempts.stream().map(Throwable::getMessage).forEach(m -> System.out.println("  " + m));
        }
    }
}
