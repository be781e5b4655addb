// Bug 14, class level: a @SuppressWarnings on the coroutine's class, or on a class around it, holds for the
// generated class (entry points, mirrored constructors and machines) as it does for the user's class.
// OUTPUT:
// [x]
// 2
import java.util.*;
import kaa.*;
import static kaa.Async.*;

@SuppressWarnings("rawtypes")
public abstract class SuppressedOnClass {
    @SuppressWarnings("unchecked")
    abstract static class Inner {
        final List seed;

        Inner(List seed) {
            this.seed = seed;
        }

        @Coroutine
        InProgress<List> copy(List from) {
            List copy = new ArrayList(from);
            yield_();
            copy.addAll(seed);
            return done(copy);
        }
    }

    @Coroutine
    static InProgress<Integer> count(List items) {
        List seen = items;
        yield_();
        return done(seen.size());
    }

    public static void main(String[] args) {
        System.out.println(new SuppressedOnClass_Inner_Coroutines(List.of("x")).copy(List.of()).await());
        System.out.println(SuppressedOnClass_Coroutines.count(List.of(1, 2)).await());
    }
}
