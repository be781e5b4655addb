// A catch block that suspends and then throws: a new exception to an outer handler, and the caught exception
// itself out of the coroutine (the same object reaches the caller).
// OUTPUT:
// rethrowing as new
// outer caught from catch caused by inner
// main caught the same object: true
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class ThrowFromCatch {
    static final IllegalStateException SAME = new IllegalStateException("same");

    @Coroutine
    InProgress<String> run() {
        try {
            try {
                yield_(failLater(new IllegalStateException("inner")));
            } catch (IllegalStateException e) {
                yield_();
                System.out.println("rethrowing as new");
                throw new IllegalArgumentException("from catch", e);
            }
        } catch (IllegalArgumentException e) {
            System.out.println("outer caught " + e.getMessage() + " caused by " + e.getCause().getMessage());
        }
        try {
            yield_(InProgress.failed(SAME));
        } catch (RuntimeException e) {
            yield_();
            throw e;
        }
        return done("not reached");
    }

    /** Fails with {@code failure} a millisecond from now, on the notifier. */
    static <T> InProgress<T> failLater(Throwable failure) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.fail(failure));
        return result;
    }
    public static void main(String[] args) {
        ThrowFromCatch coroutines = new ThrowFromCatch_Coroutines();
        try {
            System.out.println(coroutines.run().await());
        } catch (IllegalStateException e) {
            System.out.println("main caught the same object: " + (e == SAME));
        }
    }
}
