import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import kaa.*;
import static kaa.Async.*;

//| [2, 4, 6]
//| [1, 2, 3]
//| Optional[b]
//| Optional.empty
//| {3=[abc, xyz], 1=[q]}
//| 12
public final class Generics {
    private Generics() {}

    static <T> InProgress<T> later(T value) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(value));
        return ip;
    }

    @Coroutine
    static <T, R> InProgress<List<R>> mapAll(List<? extends T> items, Function<? super T, InProgress<R>> f) {
        List<R> out = new ArrayList<>(items.size());
        for (T item : items)
            out.add(yield_(f.apply(item)));
        return done(out);
    }

    @Coroutine
    static <T extends Comparable<? super T>> InProgress<List<T>> sortedLater(List<T> in) {
        var copy = new ArrayList<>(in);
        yield_();
        copy.sort(Comparator.naturalOrder());
        return done(copy);
    }

    @Coroutine
    static <T> InProgress<Optional<T>> firstMatch(List<T> items, java.util.function.Predicate<? super T> p) {
        for (T t : items) {
            T v = yield_(later(t));
            if (p.test(v)) return done(Optional.of(v));
        }
        return done(Optional.empty());
    }

    @Coroutine
    static <K extends Comparable<K>, V> InProgress<Map<K, List<V>>> groupBy(List<V> values, Function<V, K> key) {
        Map<K, List<V>> m = new TreeMap<>(Comparator.reverseOrder());
        for (V v : values) {
            K k = yield_(later(key.apply(v)));
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return done(m);
    }

    @SafeVarargs
    @Coroutine
    static <N extends Number> InProgress<Long> sum(N... numbers) {
        long total = 0;
        for (N n : numbers) total += yield_(later(n)).longValue();
        return done(total);
    }

    public static void main(String[] args) {
        System.out.println(Generics_Coroutines.mapAll(List.of(1, 2, 3), (Integer i) -> later(i * 2)).await());
        System.out.println(Generics_Coroutines.sortedLater(List.of(3, 1, 2)).await());
        System.out.println(Generics_Coroutines.firstMatch(List.of("a", "b", "c"), s -> s.compareTo("a") > 0).await());
        System.out.println(Generics_Coroutines.firstMatch(List.of("a"), s -> s.isEmpty()).await());
        System.out.println(Generics_Coroutines.groupBy(List.of("abc", "q", "xyz"), String::length).await());
        System.out.println(Generics_Coroutines.<Integer>sum(3, 4, 5).await());
    }
}
