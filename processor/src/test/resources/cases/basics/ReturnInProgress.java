// return ip finishes the coroutine with whatever ip finishes with: a value now, a value later, or a failure.
// OUTPUT:
// 1
// 2
// caught forwarded
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class ReturnInProgress {
    @Coroutine
    InProgress<Integer> forward(boolean now) {
        yield_();
        if (now) {
            return InProgress.finished(1);
        }
        return later(2);
    }

    @Coroutine
    InProgress<Integer> forwardFailure() {
        yield_();
        return InProgress.failed(new IllegalStateException("forwarded"));
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        ReturnInProgress coroutines = new ReturnInProgress_Coroutines();
        System.out.println(coroutines.forward(true).await());
        System.out.println(coroutines.forward(false).await());
        try {
            coroutines.forwardFailure().await();
            System.out.println("not reached");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
