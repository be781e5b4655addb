// Classic for loops: several init and update variables, and for(;;) left with break.
// OUTPUT:
// 0,10
// 3,8
// forever 0
// forever 1
// k = 2
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class ForLoop {
    @Coroutine
    InProgress<Void> run() {
        for (int i = 0, j = 10; i < j; i += 3, j -= 2) {
            yield_();
            System.out.println(i + "," + j);
        }
        int k = 0;
        for (;;) {
            int value = yield_(later(k));
            if (value >= 2) {
                break;
            }
            System.out.println("forever " + value);
            k++;
        }
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
        ForLoop coroutines = new ForLoop_Coroutines();
        coroutines.run().await();
    }
}
