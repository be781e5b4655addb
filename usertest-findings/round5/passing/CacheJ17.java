import java.time.Duration;
import java.util.*;
import java.util.function.Function;
import kaa.*;
import static kaa.Async.*;

public abstract class CacheJ17<K, V> {
    sealed interface Entry<V> permits Present, Missing, Loading {}
    record Present<V>(V value, int loads) implements Entry<V> {}
    record Missing<V>(String why) implements Entry<V> {}
    record Loading<V>(InProgress<V> pending) implements Entry<V> {}

    final Map<K, Entry<V>> map = new HashMap<>();
    final Function<K, V> source;
    final List<String> events = new ArrayList<>();
    int loadCount;

    CacheJ17(Function<K, V> source) { this.source = source; }

    @Coroutine
    InProgress<V> load(K key) {
        loadCount++;
        events.add("load " + key);
        yield_(delay(Duration.ofMillis(3)));
        V v = source.apply(key);
        if (v == null) throw new NoSuchElementException(String.valueOf(key));
        return done(v);
    }

    @Coroutine
    InProgress<V> get(K key) {
        Entry<V> e = map.get(key);
        if (e instanceof Present<V> p) return done(p.value());
        if (e instanceof Missing<V> m) throw new NoSuchElementException("cached miss: " + m.why());
        if (e instanceof Loading<V> l) return done(yield_(l.pending()));
        InProgress<V> ip = load(key);
        map.put(key, new Loading<>(ip));
        try {
            V v = yield_(ip);
            map.put(key, new Present<>(v, loadCount));
            return done(v);
        } catch (NoSuchElementException ex) {
            map.put(key, new Missing<>(ex.getMessage()));
            throw ex;
        }
    }

    @Coroutine
    InProgress<Map<K, String>> getAll(List<K> keys) {
        Map<K, String> out = new LinkedHashMap<>();
        outer:
        for (K k : keys) {
            for (int tries = 0; tries < 2; tries++) {
                try {
                    out.put(k, String.valueOf(yield_(get(k))));
                    continue outer;
                } catch (NoSuchElementException ex) {
                    if (tries == 0) continue;
                    out.put(k, "<" + ex.getMessage() + ">");
                }
            }
        }
        return done(out);
    }

    @Coroutine(policy = Policy.SINGLETON)
    InProgress<Integer> refreshAll() {
        int n = 0;
        for (K k : new ArrayList<>(map.keySet()))
            if (map.get(k) instanceof Present<V> p && p.loads() < 100)
                n += (yield_(load(k)) != null ? 1 : 0);
        events.add("refreshed " + n);
        return done(n);
    }

    @Coroutine(policy = Policy.PASS_LAST)
    InProgress<String> journal(String line) {
        String before = last() == null ? "" : yield_(last());
        yield_(delay(Duration.ofMillis(1)));
        String all = before.isEmpty() ? line : before + "; " + line;
        return done(all);
    }

    public static void main(String[] args) {
        Map<String, Integer> data = Map.of("a", 1, "b", 2, "c", 3);
        CacheJ17<String, Integer> c = new CacheJ17_Coroutines<>(data::get);
        var x1 = c.get("a");
        var x2 = c.get("a");
        var x3 = c.get("b");
        System.out.println(x1.await() + " " + x2.await() + " " + x3.await() + " loads=" + c.loadCount);
        System.out.println(c.getAll(List.of("a", "c", "zz", "b")).await());
        var r1 = c.refreshAll();
        var r2 = c.refreshAll();
        System.out.println((r1 == r2) + " " + r1.await());
        c.journal("one"); c.journal("two");
        System.out.println(c.journal("three").await());
        System.out.println(c.events);
    }
}
