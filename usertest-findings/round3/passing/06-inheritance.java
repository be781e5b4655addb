// Passing program 06: inheritance: generic abstract cache with coroutines, subclass of Shapes_Cache_Coroutines<Integer,Long>, overriding a coroutine, inherited coroutine calling the override
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p06inherit.Shapes
// Expected output (checked by hand against the README's semantics; timings may vary):
//   I am squares: [9, 16, 9, 25] loads=3
//   I am squares: sum=140
//   [get 1, get 2, get 3] loads=0
package p06inherit;

import java.time.Duration;
import java.util.*;
import java.util.function.Function;
import kaa.*;
import static kaa.Async.*;

/** Inheritance between classes with coroutines: an abstract generic cache with an abstract loader,
 *  a subclass of the generated class that overrides a coroutine and adds its own. */
public class Shapes {
    interface Named {
        String name();
        default String greet() { return "I am " + name(); }
    }

    /** A generic cache whose loading is left to subclasses (an abstract coroutine-free hook). */
    abstract static class Cache<K, V> implements Named {
        final Map<K, V> entries = new HashMap<>();
        int loads;

        abstract InProgress<V> load(K key);

        @Coroutine
        InProgress<V> get(K key) {
            var hit = entries.get(key);
            if (hit != null) return done(hit);
            V value = yield_(load(key));
            loads++;
            entries.put(key, value);
            return done(value);
        }

        @Coroutine
        InProgress<List<V>> getAll(List<K> keys) {
            var out = new ArrayList<V>();
            for (K k : keys) out.add(yield_(get(k)));
            return done(out);
        }
    }

    /** Squares numbers slowly; extends the generated class, as the README says. */
    abstract static class SquareCache extends Shapes_Cache_Coroutines<Integer, Long> {
        @Override public String name() { return "squares"; }

        @Override
        @Coroutine
        InProgress<Long> load(Integer key) {
            yield_(delay(Duration.ofMillis(2)));
            return done((long) key * key);
        }
    }

    /** A subclass that overrides a coroutine of its superclass and adds one. */
    abstract static class CountingCache extends SquareCache {
        final List<String> trace = new ArrayList<>();

        @Override
        @Coroutine
        InProgress<Long> get(Integer key) {
            trace.add("get " + key);
            Long v = yield_(load(key));
            return done(v + 0);
        }

        @Coroutine
        InProgress<Long> sum(List<Integer> keys, Function<Long, Long> f) {
            var all = yield_(getAll(keys));       // inherited coroutine, which calls my get()
            return done(all.stream().map(f).mapToLong(Long::longValue).sum());
        }
    }

    public static void main(String[] args) {
        var squares = new Shapes_SquareCache_Coroutines();
        System.out.println(squares.greet() + ": " + squares.getAll(List.of(3, 4, 3, 5)).await() + " loads=" + squares.loads);

        var counting = new Shapes_CountingCache_Coroutines();
        System.out.println(counting.greet() + ": sum=" + counting.sum(List.of(1, 2, 3), x -> x * 10).await());
        System.out.println(counting.trace + " loads=" + counting.loads);
    }
}
