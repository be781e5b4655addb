import java.time.Duration;
import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Retry {
    record Attempt(int n, String outcome) {}
    sealed interface Result<T> {
        record Ok<T>(T value, int attempts) implements Result<T> {}
        record Err<T>(String why, List<Attempt> history) implements Result<T> {}
    }

    final Map<String, Integer> failuresLeft = new HashMap<>();
    final List<String> trace = new ArrayList<>();

    /** A flaky remote call: fails a configured number of times, sometimes hangs. */
    @Coroutine
    InProgress<String> call(String key, int hangMs) {
        int left = failuresLeft.getOrDefault(key, 0);
        yield_(delay(Duration.ofMillis(hangMs)));
        if (left > 0) {
            failuresLeft.put(key, left - 1);
            throw new IllegalStateException(key + " busy (" + left + ")");
        }
        return done(key.toUpperCase());
    }

    @Coroutine
    <T> InProgress<Result<T>> retry(String what, Supplier<InProgress<T>> op, int max, Duration timeout) {
        List<Attempt> history = new ArrayList<>();
        long backoff = 1;
        int attempt = 0;
        do {
            attempt++;
            try {
                T v = yield_(op.get().timeout(timeout, true));
                history.add(new Attempt(attempt, "ok"));
                return done(new Result.Ok<>(v, attempt));
            } catch (InProgressTimeoutException e) {
                history.add(new Attempt(attempt, "timeout"));
            } catch (IllegalStateException e) {
                history.add(new Attempt(attempt, e.getMessage()));
                if (e.getMessage().contains("fatal")) break;
            } finally {
                trace.add(what + "#" + attempt);
                if (attempt < max) yield_(delay(Duration.ofMillis(backoff)));
            }
            backoff *= 2;
        } while (attempt < max);
        return done(new Result.Err<>(attempt >= max ? "gave up after " + max : "fatal", history));
    }

    static String show(Result<?> r) {
        return switch (r) {
            case Result.Ok<?>(var v, var n) when n == 1 -> "first try: " + v;
            case Result.Ok<?>(var v, var n) -> "ok after " + n + ": " + v;
            case Result.Err<?>(var why, var h) -> why + " " + h.stream().map(Attempt::outcome).toList();
        };
    }

    public static void main(String[] args) {
        Retry r = new Retry_Coroutines();
        r.failuresLeft.put("a", 0);
        r.failuresLeft.put("b", 2);
        r.failuresLeft.put("c", 5);
        r.failuresLeft.put("fatal", 1);
        Duration to = Duration.ofMillis(50);
        var ra = r.retry("a", () -> r.call("a", 1), 3, to);
        var rb = r.retry("b", () -> r.call("b", 1), 3, to);
        var rc = r.retry("c", () -> r.call("c", 1), 3, to);
        var rd = r.retry("d", () -> r.call("d", 200), 2, to);
        var re = r.retry("fatal", () -> r.call("fatal", 1), 4, to);
        for (var ip : List.of(ra, rb, rc, rd, re)) System.out.println(show(ip.await()));
        Collections.sort(r.trace);
        System.out.println(r.trace);
    }
}
