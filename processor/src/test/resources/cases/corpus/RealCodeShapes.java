// Shapes from real code (JDK, Guava, commons-lang3) that the corpus run found generating code javac rejected:
// a generic call awaited where only the yield_'s context gives its types (Collector.of with lambdas), a captured
// '? super' type, an expression as a for initializer ('for (n = len; ...)'), an annotation with an argument on a
// local variable, a list of a local record across yield_, and a recursively bounded type (E extends Enum<E>).
// OUTPUT:
// {a=1, bb=2}
// -1
// abcabcabc
// 4 [x, y]
// [Q[c=a, quoted=false], Q[c=b, quoted=true]]
// RED
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;
import kaa.*;
import static kaa.Async.*;

public abstract class RealCodeShapes {
    enum Color { RED, GREEN }

    @Coroutine
    static <T, K, V> InProgress<Collector<T, ?, Map<K, V>>> toMap(Function<? super T, ? extends K> key,
            Function<? super T, ? extends V> value) {
        yield_();
        return done(yield_(InProgress.finished(Collector.of(
                TreeMap<K, V>::new,
                (map, input) -> map.put(key.apply(input), value.apply(input)),
                (a, b) -> {
                    a.putAll(b);
                    return a;
                }))));
    }

    @Coroutine
    static <V> InProgress<Integer> compareWith(Comparator<? super V> comparator, V a, V b) {
        Comparator<? super V> kept = yield_(InProgress.finished(comparator));
        yield_();
        return done(kept.compare(a, b));
    }

    @Coroutine
    static InProgress<String> repeat(String string, int count) {
        int len = yield_(InProgress.finished(string.length()));
        char[] array = new char[len * count];
        string.getChars(0, len, array, 0);
        int n;
        for (n = len; n < array.length - n; n <<= 1) {
            yield_();
            System.arraycopy(array, 0, array, n, n);
        }
        System.arraycopy(array, 0, array, n, array.length - n);
        return done(new String(array));
    }

    @Coroutine
    InProgress<String> annotated(Object raw) {
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) raw;
        yield_();
        @SuppressWarnings(value = "unused")
        int unused = 0;
        return done(list.size() + unused + 2 + " " + list);
    }

    @Coroutine
    static InProgress<String> localRecords(String source) {
        record Q(char c, boolean quoted) {}
        ArrayList<Q> chars = new ArrayList<>();
        for (int i = 0; i < source.length(); i++) {
            yield_();
            chars.add(new Q(source.charAt(i), i % 2 == 1));
        }
        return done(chars.toString());
    }

    @Coroutine
    static <E extends Enum<E>> InProgress<E> first(Class<E> type) {
        Class<E> kept = yield_(InProgress.finished(type));
        return done(kept.getEnumConstants()[0]);
    }

    public static void main(String[] args) {
        Collector<String, ?, Map<String, Integer>> collector =
                RealCodeShapes_Coroutines.<String, String, Integer>toMap(s -> s, String::length).await();
        System.out.println(Stream.of("a", "bb").collect(collector));
        System.out.println(RealCodeShapes_Coroutines.<String>compareWith(Comparator.naturalOrder(), "a", "b").await());
        System.out.println(RealCodeShapes_Coroutines.repeat("abc", 3).await());
        System.out.println(new RealCodeShapes_Coroutines().annotated(List.of("x", "y")).await());
        System.out.println(RealCodeShapes_Coroutines.localRecords("ab").await());
        System.out.println(RealCodeShapes_Coroutines.first(Color.class).await());
    }
}
