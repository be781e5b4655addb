// yield_ in a for loop's initializer, condition and update, and in a do/while condition.
// OUTPUT:
// i = 0
// i = 1
// i = 2
// k = 2
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class LoopConditionsAndUpdates {
    @Coroutine
    InProgress<Void> run() {
        for (int i = yield_(later(0)); i < yield_(later(3)); i += yield_(later(1))) {
            System.out.println("i = " + i);
        }
        int k = 0;
        do {
            k++;
        } while (yield_(later(k)) < 2);
        System.out.println("k = " + k);
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        LoopConditionsAndUpdates coroutines = new LoopConditionsAndUpdates_Coroutines();
        coroutines.run().await();
    }
}
