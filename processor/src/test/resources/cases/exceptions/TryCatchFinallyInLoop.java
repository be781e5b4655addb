// try/catch/finally inside a loop, suspending in all three parts; the loop goes on after a handled failure.
// OUTPUT:
// try 0
// finally 0
// try 1
// catch 1: odd
// finally 1
// try 2
// finally 2
// handled 1
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class TryCatchFinallyInLoop {
    @Coroutine
    InProgress<Integer> run() {
        int handled = 0;
        for (int i = 0; i < 3; i++) {
            try {
                yield_();
                System.out.println("try " + i);
                if (i % 2 == 1) {
                    yield_(failLater(new IllegalStateException("odd")));
                }
            } catch (IllegalStateException e) {
                yield_();
                System.out.println("catch " + i + ": " + e.getMessage());
                handled++;
            } finally {
                yield_();
                System.out.println("finally " + i);
            }
        }
        return done(handled);
    }

    /** Fails with {@code failure} a millisecond from now, on the notifier. */
    static <T> InProgress<T> failLater(Throwable failure) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.fail(failure));
        return result;
    }
    public static void main(String[] args) {
        TryCatchFinallyInLoop coroutines = new TryCatchFinallyInLoop_Coroutines();
        System.out.println("handled " + coroutines.run().await());
    }
}
