// yield_ as a method argument and as a receiver's argument: the operands before it are evaluated (once) before
// the suspension and those after it afterwards, left to right; nested yield_ calls.
// OUTPUT:
// a
// b
// c
// add3
// sum 6
// pick receiver
// nested 6
// d
// x 4
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class YieldAsArgument {
    static int trace(String label, int value) {
        System.out.println(label);
        return value;
    }

    static int add3(int a, int b, int c) {
        System.out.println("add3");
        return a + b + c;
    }

    static StringBuilder pick(StringBuilder builder, String label) {
        System.out.println("pick " + label);
        return builder;
    }

    @Coroutine
    InProgress<String> run() {
        int sum = add3(trace("a", 1), yield_(later(trace("b", 2))), trace("c", 3));
        System.out.println("sum " + sum);
        StringBuilder builder = new StringBuilder();
        pick(builder, "receiver").append(yield_(later("x")));
        int nested = yield_(later(yield_(later(5)) + 1));
        System.out.println("nested " + nested);
        return done(builder + " " + Math.max(yield_(later(3)), trace("d", 4)));
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        YieldAsArgument coroutines = new YieldAsArgument_Coroutines();
        System.out.println(coroutines.run().await());
    }
}
