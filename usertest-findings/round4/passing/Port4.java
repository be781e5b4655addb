// Port4 -- original and kaa version in one file; both lines must match after the label.
// Build: Maven project /tmp/usertest4/ports (README's "Using it in your build", -Xlint:all -Xlint:-processing -Werror),
//   cd /tmp/usertest4/ports && mvn -o -q compile && java -cp target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar p.Port4
// Expected output:
//   original: [OK@1, FLAKY@3, ServiceException: down failed attempt 3, ServiceException: down failed attempt 6, CircuitOpenException: circuit open, OK@2]
//   kaa:      [OK@1, FLAKY@3, ServiceException: down failed attempt 3, ServiceException: down failed attempt 6, CircuitOpenException: circuit open, OK@2]
package p;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import kaa.Coroutine;
import kaa.InProgress;
import static kaa.Async.*;

/** Port 4: retry with exponential backoff + a circuit breaker. */
public abstract class Port4 {
    static final class ServiceException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        ServiceException(String m) { super(m); }
    }
    static final class CircuitOpenException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        CircuitOpenException(String m) { super(m); }
    }

    /** the flaky remote service, shared: "flaky" fails its first two attempts, "down" always fails */
    static final class Service {
        final Map<String, Integer> attempts = new HashMap<>();
        synchronized String answer(String key) {
            int n = attempts.merge(key, 1, Integer::sum);
            if (key.equals("down") || (key.equals("flaky") && n <= 2)) throw new ServiceException(key + " failed attempt " + n);
            return key.toUpperCase() + "@" + n;
        }
    }

    /** breaker state, shared logic */
    static final class Breaker {
        int consecutiveFailures;
        long openUntil;
        boolean allow() { return System.nanoTime() >= openUntil; }
        void success() { consecutiveFailures = 0; }
        void failure() { if (++consecutiveFailures >= 2) openUntil = System.nanoTime() + 300_000_000L; }
    }

    static final List<String> SCRIPT = List.of("ok", "flaky", "down", "down", "ok", "SLEEP", "ok");

    // ---------------- original ----------------
    static final class Original {
        final Service service = new Service();
        final Breaker breaker = new Breaker();

        CompletableFuture<String> callOnce(String key) {
            return CompletableFuture.supplyAsync(() -> service.answer(key),
                    CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS));
        }

        CompletableFuture<String> retry(String key, int attempt, long backoffMs) {
            return callOnce(key).handle((v, e) -> {
                if (e == null) return CompletableFuture.completedFuture(v);
                if (attempt >= 3) return CompletableFuture.<String>failedFuture(e instanceof CompletionException ? e.getCause() : e);
                return CompletableFuture.supplyAsync(() -> null,
                                CompletableFuture.delayedExecutor(backoffMs, TimeUnit.MILLISECONDS))
                        .thenCompose(x -> retry(key, attempt + 1, backoffMs * 2));
            }).thenCompose(f -> f);
        }

        synchronized CompletableFuture<String> call(String key) {
            if (!breaker.allow()) return CompletableFuture.failedFuture(new CircuitOpenException("circuit open"));
            return retry(key, 1, 20).whenComplete((v, e) -> {
                synchronized (this) {
                    if (e == null) breaker.success(); else breaker.failure();
                }
            });
        }

        List<String> run() throws InterruptedException {
            List<String> out = new ArrayList<>();
            for (String key : SCRIPT) {
                if (key.equals("SLEEP")) { Thread.sleep(350); continue; }
                try {
                    out.add(call(key).join());
                } catch (CompletionException e) {
                    out.add(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
                }
            }
            return out;
        }
    }

    // ---------------- kaa ----------------
    final Service service = new Service();
    final Breaker breaker = new Breaker();

    @Coroutine
    InProgress<String> callOnce(String key) {
        yield_(delay(Duration.ofMillis(10)));
        return done(service.answer(key));
    }

    @Coroutine
    InProgress<String> call(String key) {
        if (!breaker.allow()) throw new CircuitOpenException("circuit open");
        long backoff = 20;
        for (int attempt = 1; ; attempt++) {
            try {
                String v = yield_(callOnce(key));
                breaker.success();
                return done(v);
            } catch (ServiceException e) {
                if (attempt >= 3) {
                    breaker.failure();
                    throw e;
                }
            }
            yield_(delay(Duration.ofMillis(backoff)));
            backoff *= 2;
        }
    }

    @Coroutine
    InProgress<List<String>> run() {
        List<String> out = new ArrayList<>();
        for (String key : SCRIPT) {
            if (key.equals("SLEEP")) { yield_(delay(Duration.ofMillis(350))); continue; }
            try {
                out.add(yield_(call(key)));
            } catch (RuntimeException e) {
                out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return done(out);
    }

    public static void main(String[] args) throws Exception {
        System.out.println("original: " + new Original().run());
        System.out.println("kaa:      " + new Port4_Coroutines().run().await());
    }
}
