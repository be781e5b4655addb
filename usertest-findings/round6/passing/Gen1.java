import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Gen1<T extends Comparable<? super T>> {
    final List<T> items = new ArrayList<>();

    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    InProgress<List<? extends T>> sortedAbove(T min) {
        List<T> out = new ArrayList<>();
        for (T t : items) if (yield_(later(t)).compareTo(min) > 0) out.add(t);
        Collections.sort(out);
        return done(out);
    }

    @Coroutine
    <R extends Comparable<? super R>> InProgress<R> maxOf(Function<? super T, ? extends R> f) {
        R best = null;
        for (var t : items) {
            R r = yield_(later(f.apply(t)));
            best = best == null || r.compareTo(best) > 0 ? r : best;
        }
        return done(best);
    }

    @Coroutine
    static <E extends Enum<E>> InProgress<EnumSet<E>> allOf(Class<E> c) {
        var set = EnumSet.noneOf(c);
        for (E e : c.getEnumConstants()) if (yield_(later(e.ordinal())) % 2 == 0) set.add(e);
        return done(set);
    }

    @Coroutine
    InProgress<Map<T, List<T>>> groups(Collection<? extends T> in, Comparator<? super T> cmp) {
        Map<T, List<T>> m = new TreeMap<>(cmp);
        var it = in.iterator();
        while (it.hasNext()) {
            T v = yield_(later(it.next()));
            m.computeIfAbsent(v, k -> new ArrayList<>()).add(yield_(later(v)));
        }
        return done(m);
    }

    @Coroutine
    static <A extends Comparable<A> & java.io.Serializable> InProgress<A> minSer(List<A> xs) {
        A m = xs.get(0);
        for (A a : xs) m = yield_(later(a)).compareTo(m) < 0 ? a : m;
        return done(m);
    }

    @Coroutine
    InProgress<String> inter() {
        var x = true ? (Comparable<String> & java.io.Serializable) "abc" : "d";
        var y = yield_(later(x));
        var lst = List.of(1, 2.5, 3L);
        Number n = yield_(later(lst)).get(1);
        return done(x.compareTo("abc") + ":" + y + ":" + n + ":" + lst.get(2).getClass().getSimpleName());
    }

    enum Color { RED, GREEN, BLUE, CYAN }

    public static void main(String[] args) {
        Gen1<String> g = new Gen1_Coroutines<>();
        g.items.addAll(List.of("pear", "apple", "zoo", "fig", "kiwi"));
        List<? extends String> r = g.sortedAbove("fig").await();
        System.out.println(r);
        System.out.println(g.<Integer>maxOf(String::length).await());
        System.out.println(Gen1_Coroutines.allOf(Color.class).await());
        System.out.println(g.groups(List.of("b", "a", "B", "c"), String.CASE_INSENSITIVE_ORDER).await());
        System.out.println(Gen1_Coroutines.minSer(List.of(5, 3, 9)).await());
        System.out.println(g.inter().await());
    }
}
