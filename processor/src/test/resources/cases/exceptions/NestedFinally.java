// A return leaves two nested try blocks whose finally blocks both suspend: each runs once, inner first.
// OUTPUT:
// inner try returns
// inner finally
// outer finally 2
// result 1
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class NestedFinally {
    @Coroutine
    InProgress<Integer> run() {
        try {
            try {
                yield_();
                System.out.println("inner try returns");
                return done(1);
            } finally {
                yield_();
                System.out.println("inner finally");
            }
        } finally {
            int value = yield_(later(2));
            System.out.println("outer finally " + value);
        }
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        NestedFinally coroutines = new NestedFinally_Coroutines();
        System.out.println("result " + coroutines.run().await());
    }
}
