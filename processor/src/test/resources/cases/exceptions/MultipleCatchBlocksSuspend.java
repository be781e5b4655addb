// Several catch blocks, each suspending, one of them a multi-catch (Kotlin's multipleCatchBlocksSuspend).
// OUTPUT:
// first handler: ise
// second handler: iae
// second handler: uoe
// no exception
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class MultipleCatchBlocksSuspend {
    @Coroutine
    InProgress<String> handle(int which) {
        try {
            yield_();
            if (which == 0) {
                throw new IllegalStateException("ise");
            }
            if (which == 1) {
                throw new IllegalArgumentException("iae");
            }
            if (which == 2) {
                throw new UnsupportedOperationException("uoe");
            }
            return done("no exception");
        } catch (IllegalStateException e) {
            String handler = yield_(later("first handler"));
            return done(handler + ": " + e.getMessage());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            yield_();
            String handler = yield_(later("second handler"));
            return done(handler + ": " + e.getMessage());
        }
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        MultipleCatchBlocksSuspend coroutines = new MultipleCatchBlocksSuspend_Coroutines();
        for (int which = 0; which < 4; which++) {
            System.out.println(coroutines.handle(which).await());
        }
    }
}
