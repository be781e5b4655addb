// yield_ inside string concatenation: the prefix is evaluated before the suspension (a change made while
// suspended shows only after it), and + keeps its left-to-right meaning (numeric until a String appears).
// OUTPUT:
// [0]b1
// x12 3z
// done
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class StringConcatenation {
    static int counter;

    /** Increments the counter while the caller is suspended, then finishes with "b". */
    static InProgress<String> bumpLater() {
        InProgress<String> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> {
            counter++;
            result.finish("b");
        });
        return result;
    }

    @Coroutine
    InProgress<String> run() {
        String s = "[" + counter + "]" + yield_(bumpLater()) + counter;
        System.out.println(s);
        String t = yield_(later("x")) + yield_(later(1)) + yield_(later(2));
        String u = yield_(later(1)) + yield_(later(2)) + "z";
        System.out.println(t + " " + u);
        return done("done");
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        StringConcatenation coroutines = new StringConcatenation_Coroutines();
        System.out.println(coroutines.run().await());
    }
}
