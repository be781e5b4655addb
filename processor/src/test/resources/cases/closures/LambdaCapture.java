// Lambdas in a coroutine body capture hoisted variables with plain Java's per-iteration semantics: each lambda
// made in a loop sees that iteration's value. Lambdas may call the instance's methods.
// OUTPUT:
// p1
// item0/0
// item1/1
// item2/2
// a
// b
// runnable sees p
// instance instance
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class LambdaCapture {
    String name() {
        return "instance";
    }

    @Coroutine
    InProgress<Void> run() {
        String prefix = "p";
        Function<String, String> withPrefix = x -> prefix + x;
        yield_();
        System.out.println(withPrefix.apply("1"));
        List<Supplier<String>> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int copy = i;
            String label = yield_(later("item" + i));
            suppliers.add(() -> label + "/" + copy);
        }
        for (String word : List.of("a", "b")) {
            yield_();
            suppliers.add(() -> word);
        }
        yield_();
        for (Supplier<String> supplier : suppliers) {
            System.out.println(supplier.get());
        }
        Runnable runnable = () -> System.out.println("runnable sees " + prefix);
        Supplier<String> lambdaName = () -> name();
        Supplier<String> referenceName = this::name;
        yield_();
        runnable.run();
        System.out.println(lambdaName.get() + " " + referenceName.get());
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        LambdaCapture coroutines = new LambdaCapture_Coroutines();
        coroutines.run().await();
    }
}
