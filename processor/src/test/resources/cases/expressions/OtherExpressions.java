// yield_ in array initializers, array sizes and indexes, method chains, casts, unary minus, instanceof, and
// next to a lambda argument.
// OUTPUT:
// [1, 2, 3] 2 3 5000000000 -4 true a,b 3
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class OtherExpressions {
    @Coroutine
    InProgress<Void> run() {
        int[] xs = {yield_(later(1)), 2, yield_(later(3))};
        int[] sized = new int[yield_(later(2))];
        int length = yield_(later("abc")).toUpperCase().length();
        long widened = (long) yield_(later(5)) * 1_000_000_000L;
        int negated = -yield_(later(4));
        Object something = "s";
        boolean isString = yield_(later(something)) instanceof String;
        String joined = String.join(yield_(later(",")), List.of("a", "b"));
        int picked = xs[yield_(later(2))];
        System.out.println(Arrays.toString(xs) + " " + sized.length + " " + length + " " + widened + " " + negated
                + " " + isString + " " + joined + " " + picked);
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        OtherExpressions coroutines = new OtherExpressions_Coroutines();
        coroutines.run().await();
    }
}
