// A classic switch on an int with suspensions in its cases, a fall-through from one case into the next, a
// block case and a default.
// OUTPUT:
// one two-ish
// two-ish
// three
// many
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class ClassicSwitchInt {
    @SuppressWarnings("fallthrough")
    @Coroutine
    InProgress<String> describe(int n) {
        StringBuilder words = new StringBuilder();
        switch (n) {
            case 1:
                words.append("one ");
                yield_();
                // falls through
            case 2:
                String two = yield_(later("two-ish"));
                words.append(two);
                break;
            case 3: {
                yield_();
                words.append("three");
                break;
            }
            default:
                yield_();
                words.append("many");
        }
        return done(words.toString());
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        ClassicSwitchInt coroutines = new ClassicSwitchInt_Coroutines();
        for (int n : new int[] {1, 2, 3, 9}) {
            System.out.println(coroutines.describe(n).await());
        }
    }
}
