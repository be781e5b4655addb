import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

public abstract class AsyncSort {
    record Person(String name, int age, Optional<String> city) {}
    record Pair<A, B>(A first, B second) {}

    int comparisons;

    @Coroutine
    <T> InProgress<Integer> compare(T a, T b, Comparator<? super T> cmp) {
        comparisons++;
        if (comparisons % 4 == 0) yield_();
        return done(cmp.compare(a, b));
    }

    @Coroutine
    <T> InProgress<List<T>> sort(List<T> xs, Comparator<? super T> cmp) {
        if (xs.size() <= 1) return done(xs);
        int mid = xs.size() / 2;
        List<T> l = yield_(sort(xs.subList(0, mid), cmp)), r = yield_(sort(xs.subList(mid, xs.size()), cmp));
        List<T> out = new ArrayList<>(xs.size());
        int i = 0, j = 0;
        for (; i < l.size() && j < r.size(); ) {
            T next = yield_(compare(l.get(i), r.get(j), cmp)) <= 0 ? l.get(i++) : r.get(j++);   // workaround: see findings/02
            out.add(next);
        }
        while (i < l.size()) out.add(l.get(i++));
        while (j < r.size()) out.add(r.get(j++));
        return done(out);
    }

    @Coroutine
    <K, V extends Comparable<V>> InProgress<List<Pair<K, V>>> topN(Map<K, V> m, int n) {
        List<Pair<K, V>> pairs = m.entrySet().stream().map(e -> new Pair<>(e.getKey(), e.getValue())).collect(Collectors.toList());
        Comparator<Pair<K, V>> byValue = Comparator.comparing(Pair::second);
        List<Pair<K, V>> sorted = yield_(sort(pairs, byValue.reversed()));
        final int limit = n;
        Supplier<List<Pair<K, V>>> firstN = () -> sorted.stream().limit(limit).toList();
        return done(firstN.get());
    }

    @Coroutine
    InProgress<String> report(List<Person> people) {
        var sorted = yield_(sort(people, Comparator.comparingInt(Person::age).thenComparing(Person::name)));
        StringBuilder sb = new StringBuilder();
        for (Person p : sorted) {
            String where = switch (p) {
                case Person(var n, var a, var c) when c.isPresent() && a >= 18 -> c.get();
                case Person(var n, var a, var c) when c.isEmpty() -> "?";
                case Person pp -> "(minor)";
            };
            sb.append(p.name()).append('@').append(where).append(' ');
        }
        Map<String, Integer> byCity = new HashMap<>();
        for (Person p : sorted) p.city().ifPresent(c -> byCity.merge(c, 1, Integer::sum));
        var top = yield_(topN(byCity, 2));
        sb.append(top.stream().map(pr -> pr.first() + "=" + pr.second()).collect(Collectors.joining(",", "[", "]")));
        return done(sb.toString().trim());
    }

    public static void main(String[] args) {
        AsyncSort s = new AsyncSort_Coroutines();
        List<Integer> nums = new Random(7).ints(40, 0, 100).boxed().toList();
        List<Integer> sorted = s.sort(nums, Comparator.<Integer>naturalOrder()).await();
        System.out.println(sorted.equals(nums.stream().sorted().toList()) + " comparisons=" + s.comparisons);
        List<Person> people = List.of(
            new Person("ann", 31, Optional.of("Oslo")), new Person("bob", 17, Optional.of("Rome")),
            new Person("cid", 45, Optional.empty()), new Person("dee", 31, Optional.of("Rome")),
            new Person("eve", 22, Optional.of("Oslo")), new Person("fay", 60, Optional.of("Oslo")));
        System.out.println(s.report(people).await());
    }
}
