// yield_(ip, IOException.class) lets the body catch a checked failure; a failure of another type is thrown
// all the same and reaches its own handler.
// OUTPUT:
// caught IOException io
// caught IllegalStateException other
// caught in multi-catch: IOException multi
// value fine
import java.io.IOException;
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class YieldDeclaringCheckedType {
    @Coroutine
    InProgress<String> run() {
        try {
            yield_(failLater(new IOException("io")), IOException.class);
        } catch (IOException e) {
            System.out.println("caught IOException " + e.getMessage());
        }
        try {
            yield_(InProgress.failed(new IllegalStateException("other")), IOException.class);
        } catch (IOException e) {
            System.out.println("wrong handler");
        } catch (IllegalStateException e) {
            System.out.println("caught IllegalStateException " + e.getMessage());
        }
        try {
            yield_(failLater(new IOException("multi")), IOException.class);
        } catch (IOException | IllegalStateException e) {
            System.out.println("caught in multi-catch: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        String value;
        try {
            value = yield_(later("fine"), IOException.class);
        } catch (IOException e) {
            value = "wrong";
        }
        return done("value " + value);
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }

    /** Fails with {@code failure} a millisecond from now, on the notifier. */
    static <T> InProgress<T> failLater(Throwable failure) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.fail(failure));
        return result;
    }
    public static void main(String[] args) {
        YieldDeclaringCheckedType coroutines = new YieldDeclaringCheckedType_Coroutines();
        System.out.println(coroutines.run().await());
    }
}
