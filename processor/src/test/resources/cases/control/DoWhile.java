// do/while loops: the body runs before the condition is tested, so at least once.
// OUTPUT:
// do 0
// do 1
// do 2
// once 7
// result 3
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class DoWhile {
    @Coroutine
    InProgress<Integer> run() {
        int i = 0;
        do {
            yield_();
            System.out.println("do " + i);
            i++;
        } while (i < 3);
        boolean again = false;
        do {
            int value = yield_(later(7));
            System.out.println("once " + value);
        } while (again);
        return done(i);
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        DoWhile coroutines = new DoWhile_Coroutines();
        System.out.println("result " + coroutines.run().await());
    }
}
