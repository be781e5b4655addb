// A conditional or switch expression of generic calls as a method argument, in a class with coroutines (usertest
// round 5, finding 02): attributed in place, javac kept the argument types of the calls in the branches in a cache
// that outlives the round (docs/javac-bugs/stale-argument-types) and rejected the plain method with "T#1 cannot be
// converted to T#2". Attributed in a private copy, the user's trees are never attributed during processing.
// ATTRIBUTION: copy
// OUTPUT:
// [b, a]
// [a, a]
// true
// k=y
// x
// 1
// [b]
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kaa.*;
import static kaa.Async.*;

public abstract class ConditionalArgumentsOfGenericCalls<E extends Comparable<E>> {
    final List<E> items = new ArrayList<>();

    static <T> List<T> plain(List<T> l, List<T> r, boolean b) {
        List<T> out = new ArrayList<>();
        out.add(b ? l.get(0) : r.get(0));
        out.add(switch (out.size()) { case 1 -> l.get(0); default -> r.get(0); });
        return out;
    }

    static <T> boolean intoSet(List<T> l, Set<T> into) {
        for (T t : l) {
            into.add(t == null ? l.get(0) : t);
        }
        return into.size() == l.size();
    }

    static <K, V> String put(Map<K, V> map, K k, List<V> l) {
        map.put(k, l.size() > 1 ? l.get(1) : l.get(0));
        return k + "=" + map.get(k);
    }

    static <K, V> V first(Map<K, V> m, K k, V d) {
        return Optional.ofNullable(m.get(k)).orElse(m.isEmpty() ? d : m.values().iterator().next());
    }

    E largest(boolean c) {
        items.add(c ? items.get(0) : items.get(items.size() - 1));
        return Collections.max(c ? items : List.of(items.get(0)));
    }

    @Coroutine
    <T> InProgress<List<T>> pick(List<T> l, List<T> r) {
        List<T> out = new ArrayList<>();
        out.add(yield_(one()) > 0 ? r.get(0) : l.get(0));
        return done(out);
    }

    @Coroutine
    InProgress<Integer> one() {
        yield_();
        return done(1);
    }

    public static void main(String[] args) {
        System.out.println(plain(List.of("a"), List.of("b"), false));
        System.out.println(plain(List.of("a", "c"), List.of("b"), true));
        System.out.println(intoSet(List.of("p", "q"), new TreeSet<>()));
        System.out.println(put(new HashMap<>(), "k", List.of("x", "y")));
        System.out.println(first(new HashMap<>(Map.of("j", "x")), "k", "d"));
        ConditionalArgumentsOfGenericCalls<Integer> numbers = new ConditionalArgumentsOfGenericCalls_Coroutines<>();
        numbers.items.addAll(List.of(1, 3, 2));
        System.out.println(numbers.largest(false));
        System.out.println(numbers.pick(List.of("a"), List.of("b")).await());
    }
}
