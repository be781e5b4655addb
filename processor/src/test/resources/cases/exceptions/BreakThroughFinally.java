// break and continue leave a try whose finally suspends: the finally runs exactly once for each jump (Kotlin's
// breakFinally).
// OUTPUT:
// continue at 0
// finally 0
// body 1
// finally 1
// break at 2
// finally 2
// after loop
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class BreakThroughFinally {
    @Coroutine
    InProgress<Void> run() {
        for (int i = 0; ; i++) {
            try {
                yield_();
                if (i == 2) {
                    System.out.println("break at " + i);
                    break;
                }
                if (i == 0) {
                    System.out.println("continue at " + i);
                    continue;
                }
                System.out.println("body " + i);
            } finally {
                int value = yield_(later(i));
                System.out.println("finally " + value);
            }
        }
        System.out.println("after loop");
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        BreakThroughFinally coroutines = new BreakThroughFinally_Coroutines();
        coroutines.run().await();
    }
}
