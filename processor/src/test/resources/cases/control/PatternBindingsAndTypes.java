// Pattern bindings live across a yield_ (the binding is stored into its field when the pattern matches); var of a
// lub type used through each of its bounds; member types of the class named like JDK types (List, Override) in
// scope of the generated subclass. Expected: as plain Java.
// OUTPUT:
// str 3
// int 5
// other
// 1 1 1 2
// 5
// 9
import java.util.*;
import java.io.Serializable;
import kaa.*;
import static kaa.Async.*;

public abstract class PatternBindingsAndTypes<T> {
    static class List { int size() { return 7; } }     // a member type named like java.util.List
    static class Override { }

    @Coroutine
    InProgress<String> pattern(Object o) {
        if (o instanceof String s && !s.isEmpty()) {
            yield_();
            return done("str " + s.length());
        }
        if (!(o instanceof Integer i)) return done("other");
        yield_();
        return done("int " + (i + 1));
    }

    @Coroutine
    InProgress<String> lub(boolean flag) {
        var x = flag ? Integer.valueOf(1) : "s";
        var l = java.util.List.of(1, "a");
        yield_();
        Comparable<?> c = x;
        Serializable ser = x;
        Object first = l.get(0);
        return done(c + " " + ser + " " + first + " " + l.size());
    }

    @Coroutine
    <U> InProgress<U> shadow(U value) {
        U copy = value;
        yield_();
        return done(copy);
    }

    @Coroutine
    InProgress<Integer> memberNamedList() {
        List mine = new List();
        yield_();
        java.util.List<Integer> real = java.util.List.of(1, 2);
        yield_();
        return done(mine.size() + real.size());
    }

    public static void main(String[] args) {
        PatternBindingsAndTypes<String> c = new PatternBindingsAndTypes_Coroutines<>();
        System.out.println(c.pattern("abc").await());
        System.out.println(c.pattern(4).await());
        System.out.println(c.pattern(4.0).await());
        System.out.println(c.lub(true).await());
        System.out.println(c.<Integer>shadow(5).await());
        System.out.println(c.memberNamedList().await());
    }
}
