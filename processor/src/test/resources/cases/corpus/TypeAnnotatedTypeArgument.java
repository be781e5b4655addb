// A type annotation on an explicit type argument of a call that takes an implicitly typed lambda (Guava's
// Comparators.emptiesFirst: 'Comparator.<Optional<T>, @Nullable T>comparing(o -> o.orElse(null), ...)'): javac's
// attribution of a copy of the body, which the check of lambda parameter types asks for, fails an assertion in
// Annotate; the processor reported it as [kaa.internal-error].
// OUTPUT:
// -1 1
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.Comparator;
import java.util.Optional;
import kaa.*;
import static kaa.Async.*;

public abstract class TypeAnnotatedTypeArgument {
    @Target(ElementType.TYPE_USE)
    @interface Maybe {}

    @Coroutine
    static <T> InProgress<Comparator<Optional<T>>> emptiesFirst(Comparator<? super T> valueComparator) {
        yield_();
        return done(yield_(InProgress.finished(Comparator.<Optional<T>, @Maybe T>comparing(
                o -> o.orElse(null), Comparator.nullsFirst(valueComparator)))));
    }

    public static void main(String[] args) {
        Comparator<Optional<String>> c =
                TypeAnnotatedTypeArgument_Coroutines.<String>emptiesFirst(Comparator.naturalOrder()).await();
        System.out.println(c.compare(Optional.empty(), Optional.of("a")) + " "
                + c.compare(Optional.of("b"), Optional.of("a")));
    }
}
