// Method references bound to hoisted receivers, unbound and constructor references, and a lambda passed to a
// method whose InProgress is awaited.
// OUTPUT:
// [xy] 2
// doubled 2
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class MethodReferences {
    static <T> InProgress<T> compute(Supplier<T> supplier) {
        return later(supplier.get());
    }

    @Coroutine
    InProgress<Void> run() {
        StringBuilder builder = new StringBuilder();
        Consumer<String> append = builder::append;
        yield_();
        append.accept("x");
        String value = yield_(later("y"));
        append.accept(value);
        Function<String, Integer> length = String::length;
        Supplier<List<String>> fresh = ArrayList::new;
        yield_();
        List<String> list = fresh.get();
        list.add(builder.toString());
        System.out.println(list + " " + length.apply(builder.toString()));
        int doubled = yield_(compute(() -> value.length() * 2));
        System.out.println("doubled " + doubled);
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        MethodReferences coroutines = new MethodReferences_Coroutines();
        coroutines.run().await();
    }
}
