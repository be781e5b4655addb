// A while loop that suspends in every iteration, on a value that finishes later and on a plain yield_().
// OUTPUT:
// i=1 total=1
// i=2 total=3
// i=3 total=6
// i=4 total=10
// result 10
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class WhileLoop {
    @Coroutine
    InProgress<Integer> sum(int n) {
        int total = 0;
        int i = 1;
        while (i <= n) {
            int value = yield_(later(i));
            total = total + value;
            System.out.println("i=" + i + " total=" + total);
            i++;
            yield_();
        }
        return done(total);
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        WhileLoop coroutines = new WhileLoop_Coroutines();
        System.out.println("result " + coroutines.sum(4).await());
    }
}
