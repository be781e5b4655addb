// Generic classes and generic coroutine methods: the generated subclass mirrors the type parameters.
// OUTPUT:
// [kaa, kaa]
// boxed kaa
// 6
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class GenericClass<T> {
    final T value;

    GenericClass(T value) {
        this.value = value;
    }

    @Coroutine
    InProgress<List<T>> twice() {
        yield_();
        return done(List.of(value, value));
    }

    @Coroutine
    <U extends CharSequence> InProgress<String> describe(U prefix) {
        T mine = yield_(InProgress.finished(value));
        yield_();
        return done(prefix + " " + mine);
    }

    @Coroutine
    InProgress<Integer> sum(int... numbers) {
        int total = 0;
        for (int n : numbers) {
            yield_();
            total += n;
        }
        return done(total);
    }

    public static void main(String[] args) {
        GenericClass<String> coroutines = new GenericClass_Coroutines<>("kaa");
        System.out.println(coroutines.twice().await());
        System.out.println(coroutines.describe("boxed").await());
        System.out.println(coroutines.sum(1, 2, 3).await());
    }
}
