// yield_ of InProgress values that finish later, on the notifier: the coroutine suspends and resumes with the value.
// OUTPUT:
// before
// finished at once: false
// after delay
// a = 20
// b = 22
// result 42
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class AwaitLater {
    @Coroutine
    InProgress<Integer> run() {
        System.out.println("before");
        yield_(delay(Duration.ofMillis(1)));
        System.out.println("after delay");
        int a = yield_(later(20));
        System.out.println("a = " + a);
        Integer b = yield_(later(22));
        System.out.println("b = " + b);
        return done(a + b);
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        AwaitLater coroutines = new AwaitLater_Coroutines();
        InProgress<Integer> running = coroutines.run();
        System.out.println("finished at once: " + running.isFinished());
        System.out.println("result " + running.await());
    }
}
