// return inside a finally that suspends overrides the try's return and drops its exception (Kotlin's
// returnFromFinally); a plain finally runs before the coroutine's result callbacks fire.
// OUTPUT:
// from finally
// from finally, exception dropped
// finally ran
// callback value
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class ReturnFromFinally {
    @SuppressWarnings("finally")
    @Coroutine
    InProgress<String> overrideReturn() {
        try {
            yield_();
            return done("from try");
        } finally {
            yield_();
            return done("from finally");
        }
    }

    @SuppressWarnings("finally")
    @Coroutine
    InProgress<String> dropException() {
        try {
            yield_();
            throw new IllegalStateException("lost");
        } finally {
            String value = yield_(later("from finally, exception dropped"));
            return done(value);
        }
    }

    @Coroutine
    InProgress<String> finallyBeforeCallbacks() {
        try {
            return done("value");
        } finally {
            yield_();
            System.out.println("finally ran");
        }
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        ReturnFromFinally coroutines = new ReturnFromFinally_Coroutines();
        System.out.println(coroutines.overrideReturn().await());
        System.out.println(coroutines.dropException().await());
        InProgress<String> running = coroutines.finallyBeforeCallbacks();
        running.connect(value -> System.out.println("callback " + value));
        running.await();
    }
}
