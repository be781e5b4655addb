// yield_ inside the expression of a return: in done(...) and in a ?: choosing between InProgress values.
// OUTPUT:
// 42
// non-negative
// negative
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class YieldInReturn {
    @Coroutine
    InProgress<Integer> sum() {
        return done(yield_(later(20)) + yield_(later(22)));
    }

    @Coroutine
    InProgress<String> sign(int n) {
        return yield_(later(n)) >= 0 ? done("non-negative") : later("negative");
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        YieldInReturn coroutines = new YieldInReturn_Coroutines();
        System.out.println(coroutines.sum().await());
        System.out.println(coroutines.sign(5).await());
        System.out.println(coroutines.sign(-5).await());
    }
}
