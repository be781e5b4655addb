// An implicitly typed lambda in a method of an anonymous class, in a plain method of a class with coroutines
// (Guava's CollectSpliterators.map: 'new Spliterator<OutElementT>() { ... tryAdvance(fromElement -> ...) ... }'):
// javac cannot infer the anonymous class as the lambda parameter's type from the statement that creates the class,
// so nothing stands in the way of attributing the class. It was [kaa.anonymous-inference].
// OUTPUT:
// [2, 4, 6]
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class LambdaInAnonymousClass {
    static Supplier<List<Integer>> doubled(List<Integer> values) {
        return new Supplier<List<Integer>>() {
            @Override
            public List<Integer> get() {
                List<Integer> out = new ArrayList<>();
                values.forEach(v -> out.add(v * 2));
                return out;
            }
        };
    }

    @Coroutine
    static InProgress<String> run(List<Integer> values) {
        yield_();
        return done(doubled(values).get().toString());
    }

    public static void main(String[] args) {
        System.out.println(LambdaInAnonymousClass_Coroutines.run(List.of(1, 2, 3)).await());
    }
}
