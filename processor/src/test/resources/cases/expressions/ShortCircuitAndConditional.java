// yield_ in the operands of &&, || and ?:, in a negation and in a loop condition: only the operands Java
// evaluates are evaluated (and awaited).
// OUTPUT:
// eval a
// not (a && b)
// eval c
// c || d
// eval e
// eval then
// chosen then
// eval f
// negated true
// n = 3
// then
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class ShortCircuitAndConditional {
    static InProgress<Boolean> flag(String label, boolean value) {
        System.out.println("eval " + label);
        return later(value);
    }

    static InProgress<String> text(String value) {
        System.out.println("eval " + value);
        return later(value);
    }

    @Coroutine
    InProgress<String> run() {
        if (yield_(flag("a", false)) && yield_(flag("b", true))) {
            System.out.println("a && b");
        } else {
            System.out.println("not (a && b)");
        }
        if (yield_(flag("c", true)) || yield_(flag("d", true))) {
            System.out.println("c || d");
        }
        String chosen = yield_(flag("e", true)) ? yield_(text("then")) : yield_(text("else"));
        System.out.println("chosen " + chosen);
        boolean negated = !yield_(flag("f", false));
        System.out.println("negated " + negated);
        int n = 0;
        while (yield_(later(n)) < 3) {
            n++;
        }
        System.out.println("n = " + n);
        return done(chosen);
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        ShortCircuitAndConditional coroutines = new ShortCircuitAndConditional_Coroutines();
        System.out.println(coroutines.run().await());
    }
}
