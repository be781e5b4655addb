// An arrow switch statement: several labels per case, expression, block and default arms that suspend.
// OUTPUT:
// 1 is small
// 2 is small
// 3 is three
// 7 is big
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class ArrowSwitch {
    @Coroutine
    InProgress<Void> describe(int n) {
        switch (n) {
            case 1, 2 -> {
                yield_();
                System.out.println(n + " is small");
            }
            case 3 -> System.out.println(n + " is " + yield_(later("three")));
            default -> {
                String word = yield_(later("big"));
                System.out.println(n + " is " + word);
            }
        }
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        ArrowSwitch coroutines = new ArrowSwitch_Coroutines();
        for (int n : new int[] {1, 2, 3, 7}) {
            coroutines.describe(n).await();
        }
    }
}
