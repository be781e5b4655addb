import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Wild1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    static <T extends Number & Comparable<T>> InProgress<String> bounds(T a, T b) {
        String s = yield_(later(a)).compareTo(b) + "/" + yield_(later(b)).intValue();
        T m = yield_(later(a)).compareTo(yield_(later(b))) < 0 ? a : b;
        var mm = yield_(later(m));
        return done(s + "/" + mm.doubleValue() + mm.compareTo(a));
    }

    @Coroutine
    InProgress<String> wild(InProgress<? extends Number> ip, InProgress<?> any, List<? super Integer> sink, Map<String, ? extends List<? extends CharSequence>> m) {
        var n = yield_(ip);
        int i = n.intValue() + yield_(ip).intValue();
        Object o = yield_(any);
        var o2 = yield_(any);
        sink.add(yield_(later(i)));
        Object first = sink.get(0);
        var list = yield_(later(m)).get("k");
        CharSequence cs = list.get(0);
        var cs2 = yield_(later(list)).get(1);
        int len = yield_(later(m.get("k"))).get(0).length() + yield_(later(m)).get("k").size();
        return done(n + " " + i + " " + o + o2 + " " + first + " " + cs + cs2.charAt(0) + " " + len);
    }

    @Coroutine
    static <K extends Comparable<? super K>, V> InProgress<SortedMap<K, List<V>>> index(Collection<? extends Map.Entry<? extends K, ? extends V>> es) {
        SortedMap<K, List<V>> out = new TreeMap<>();
        for (Map.Entry<? extends K, ? extends V> e : es) {
            K k = yield_(later(e.getKey()));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(yield_(later(e)).getValue());
        }
        for (var e : es) {
            var k = e.getKey();
            yield_();
            out.get(k).add(e.getValue());
        }
        return done(out);
    }

    public static void main(String[] args) {
        System.out.println(Wild1_Coroutines.bounds(3, 7).await());
        System.out.println(Wild1_Coroutines.bounds(2.5, 1.5).await());
        List<Object> sink = new ArrayList<>();
        System.out.println(new Wild1_Coroutines().wild(Wild1_Coroutines.later(4), Wild1_Coroutines.later("any"), sink, Map.of("k", List.of("ab", new StringBuilder("cd")))).await());
        System.out.println(Wild1_Coroutines.index(List.of(Map.entry("b", 1), Map.entry("a", 2), Map.entry("b", 3))).await());
    }
}
