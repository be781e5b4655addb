// Bug 14: a coroutine's @SuppressWarnings holds for its body in the generated machine too. Under -Xlint:all
// -Werror, the unchecked cast and the raw local (hoisted into a field of the machine) compile without warnings here,
// so they must in the generated code.
// OUTPUT:
// a
// 1
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class SuppressedOnMethod {
    @Coroutine
    @SuppressWarnings("unchecked")
    static InProgress<String> first(Object o) {
        List<String> l = (List<String>) o;
        yield_();
        return done(l.get(0));
    }

    @Coroutine
    @SuppressWarnings({"rawtypes", "unchecked"})
    InProgress<Integer> size(Object o) {
        List raw = (List) o;
        yield_();
        List<Object> typed = raw;
        return done(typed.size());
    }

    public static void main(String[] args) {
        System.out.println(SuppressedOnMethod_Coroutines.first(List.of("a")).await());
        System.out.println(new SuppressedOnMethod_Coroutines().size(List.of("b")).await());
    }
}
