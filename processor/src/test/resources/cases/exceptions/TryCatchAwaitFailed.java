// A failed InProgress throws its failure at the yield_, into the enclosing catch: the same object, never wrapped.
// OUTPUT:
// try
// caught boom, same object: true
// caught later
// end
import java.io.IOException;
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class TryCatchAwaitFailed {
    static final IOException BOOM = new IOException("boom");

    @Coroutine
    InProgress<String> run() {
        try {
            System.out.println("try");
            yield_(InProgress.<String>failed(BOOM), IOException.class);
            System.out.println("not reached");
        } catch (IOException e) {
            System.out.println("caught " + e.getMessage() + ", same object: " + (e == BOOM));
        }
        try {
            String value = yield_(failLater(new IllegalArgumentException("later")));
            System.out.println("not reached " + value);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }
        return done("end");
    }

    /** Fails with {@code failure} a millisecond from now, on the notifier. */
    static <T> InProgress<T> failLater(Throwable failure) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.fail(failure));
        return result;
    }
    public static void main(String[] args) {
        TryCatchAwaitFailed coroutines = new TryCatchAwaitFailed_Coroutines();
        System.out.println(coroutines.run().await());
    }
}
