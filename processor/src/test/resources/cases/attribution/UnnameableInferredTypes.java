// What javac infers and no source can name, in a class with coroutines: a var of an anonymous class in a plain method
// and in a coroutine's plain neighbour, an implicitly typed lambda parameter of a captured wildcard's type, and one
// inferred from an anonymous class's own 'this'. Attributed in place, each was refused for the whole class
// ([kaa.anonymous-inference], [kaa.unnameable-lambda-parameter]: errors/AnonymousInferenceInPlainMethod,
// errors/UnnameableLambdaParameter, errors/AnonymousInferenceOfThis); attributed in a private copy, they compile.
// ATTRIBUTION: copy
// OUTPUT:
// 2
// 3
// anonymous
// 5
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kaa.*;
import static kaa.Async.*;

public abstract class UnnameableInferredTypes {
    static int plain() {
        var counter = new Object() { int n = 2; };
        return counter.n;
    }

    static <E extends Enum<E>> int count(Iterable<? extends E> values, List<E> into) {
        values.forEach(constant -> into.add(constant));
        return into.size();
    }

    static Supplier<String> named() {
        return new Supplier<String>() {
            final String name = "anonymous";

            @Override
            public String get() {
                return Stream.of(this).map(self -> self.name).findFirst().orElse("");
            }
        };
    }

    @Coroutine
    static InProgress<Integer> sum(int a) {
        int b = yield_(InProgress.finished(3));
        return done(a + b);
    }

    public static void main(String[] args) {
        System.out.println(plain());
        System.out.println(count(List.of(Thread.State.NEW, Thread.State.RUNNABLE, Thread.State.BLOCKED),
                new ArrayList<>()));
        System.out.println(named().get());
        System.out.println(UnnameableInferredTypes_Coroutines.sum(2).await());
    }
}
