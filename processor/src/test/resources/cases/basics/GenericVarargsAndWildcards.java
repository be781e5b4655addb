// Generic methods with a varargs parameter (the user's @SuppressWarnings/@SafeVarargs carry over to the generated
// method), wildcard parameters (the machine is created with explicit type arguments), and a coroutine declared to
// return CoroutineInProgress<T> so callers can change its interval.
// OUTPUT:
// [a, b, c]
// [1, 2]
// 6
// interval PT0.005S
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class GenericVarargsAndWildcards<T> {
    @SuppressWarnings("unchecked")
    @Coroutine
    <U> InProgress<List<U>> collect(U... items) {
        List<U> result = new ArrayList<>();
        for (U item : items) {
            yield_();
            result.add(item);
        }
        return done(result);
    }

    @Coroutine
    <U> InProgress<List<U>> copy(List<? extends U> items) {
        List<U> result = new ArrayList<>();
        for (U item : items) {
            result.add(yield_(InProgress.finished(item)));
        }
        return done(result);
    }

    @SafeVarargs
    @Coroutine
    static <N extends Number> InProgress<Integer> sum(N... numbers) {
        int total = 0;
        for (N number : numbers) {
            yield_();
            total += number.intValue();
        }
        return done(total);
    }

    @Coroutine
    CoroutineInProgress<String> slow() {
        yield_();
        return done("slow");
    }

    public static void main(String[] args) {
        GenericVarargsAndWildcards<String> coroutines = new GenericVarargsAndWildcards_Coroutines<>();
        System.out.println(coroutines.collect("a", "b", "c").await());
        System.out.println(coroutines.<Number>copy(List.of(1, 2)).await());
        System.out.println(GenericVarargsAndWildcards_Coroutines.sum(1, 2, 3).await());
        CoroutineInProgress<String> slow = coroutines.slow();
        slow.setInterval(Duration.ofMillis(5));
        System.out.println("interval " + slow.interval());
        slow.await();
    }
}
