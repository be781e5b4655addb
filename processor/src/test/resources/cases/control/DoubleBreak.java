// A break from an inner loop, then a break from the outer loop, each after a suspension (Kotlin's doubleBreak).
// OUTPUT:
// AC!
import java.time.Duration;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class DoubleBreak {
    @Coroutine
    InProgress<String> run() {
        StringBuilder trace = new StringBuilder();
        for (String x : List.of("A", "B")) {
            for (String y : List.of("C", "D")) {
                String pair = yield_(later(x + y));
                trace.append(pair);
                break;
            }
            String bang = yield_(later("!"));
            trace.append(bang);
            break;
        }
        return done(trace.toString());
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        DoubleBreak coroutines = new DoubleBreak_Coroutines();
        System.out.println(coroutines.run().await());
    }
}
