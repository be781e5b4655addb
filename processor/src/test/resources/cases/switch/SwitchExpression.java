// Switch expressions whose arms suspend, giving their value with the contextual yield: arrow arms, block arms,
// and the colon form (Kotlin's whenWithSuspensions).
// OUTPUT:
// zero 0
// one 3
// two 3
// many 4
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class SwitchExpression {
    @Coroutine
    InProgress<String> run(int n) {
        String word = switch (n) {
            case 0 -> "zero";
            case 1 -> yield_(later("one"));
            case 2 -> {
                yield_();
                String start = yield_(later("tw"));
                yield start + "o";
            }
            default -> {
                yield_();
                yield "many";
            }
        };
        int length = switch (word) {
            case "zero":
                yield 0;
            default: {
                int measured = yield_(later(word.length()));
                yield measured;
            }
        };
        return done(word + " " + length);
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        SwitchExpression coroutines = new SwitchExpression_Coroutines();
        for (int n = 0; n < 4; n++) {
            System.out.println(coroutines.run(n).await());
        }
    }
}
