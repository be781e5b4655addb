import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaa.*;
import static kaa.Async.*;

//| user alice (id 1)
//| via interface: user bob (id 2)
//| overloads: int:7 string:seven both:7/seven
//| cache hits=1 misses=2 values=[10, 20, 10]
//| tree sum=15 depth=3
//| generic throws: caught MyException: bad
public final class Loaders {
    private Loaders() {}

    record User(int id, String name) {
        @Override
        public String toString() {
            return "user " + name + " (id " + id + ")";
        }
    }

    interface Loader<T> {
        InProgress<T> load(String key);
    }

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    abstract static class UserLoader implements Loader<User> {
        final Map<String, Integer> ids = Map.of("alice", 1, "bob", 2);

        @Override
        @Coroutine
        public InProgress<User> load(String key) {
            int id = yield_(soon(ids.get(key)));
            return done(new User(id, key));
        }

        @Coroutine
        InProgress<String> describe(int x) {
            return done("int:" + yield_(soon(x)));
        }

        @Coroutine
        InProgress<String> describe(String s) {
            return done("string:" + yield_(soon(s)));
        }

        @Coroutine
        InProgress<String> describe(int x, String s) {
            return done("both:" + yield_(describe(x)).substring(4) + "/" + yield_(describe(s)).substring(7));
        }
    }

    abstract static class Cache<K, V> {
        final Map<K, V> store = new HashMap<>();
        int hits, misses;

        abstract InProgress<V> compute(K key);

        @Coroutine
        InProgress<V> get(K key) {
            V v = store.get(key);
            if (v != null) {
                hits++;
                return done(v);
            }
            misses++;
            v = yield_(compute(key));
            store.put(key, v);
            return done(v);
        }

        @Coroutine
        InProgress<List<V>> getAll(List<K> keys) {
            List<V> out = new ArrayList<>();
            for (K k : keys) out.add(yield_(get(k)));
            return done(out);
        }
    }

    static final class LengthCache extends Loaders_Cache_Coroutines<String, Integer> {
        @Override
        InProgress<Integer> compute(String key) {
            return soon(key.length() * 10);
        }
    }

    static final class Node<T extends Number> {
        final T value;
        final List<Node<T>> children;

        Node(T value, List<Node<T>> children) {
            this.value = value;
            this.children = children;
        }

        Node(T value) {
            this(value, List.of());
        }
    }

    @Coroutine
    static <T extends Number> InProgress<long[]> walk(Node<T> node, int depth) {
        long sum = yield_(soon(node.value)).longValue();
        long maxDepth = depth;
        for (Node<T> child : node.children) {
            long[] r = yield_(walk(child, depth + 1));
            sum += r[0];
            maxDepth = Math.max(maxDepth, r[1]);
        }
        return done(new long[] {sum, maxDepth});
    }

    static class MyException extends Exception {
        private static final long serialVersionUID = 1L;

        MyException(String m) {
            super(m);
        }
    }

    @Coroutine
    static <X extends Exception> InProgress<String> attempt(InProgress<String> ip, Class<X> kind) throws X {
        return done(yield_(ip, kind));
    }

    @Coroutine
    static InProgress<String> useAttempt() {
        try {
            return done(yield_(attempt(InProgress.failed(new MyException("bad")), MyException.class), MyException.class));
        } catch (MyException e) {
            return done("caught MyException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        UserLoader ul = new Loaders_UserLoader_Coroutines();
        System.out.println(ul.load("alice").await());
        Loader<User> asInterface = ul;
        System.out.println("via interface: " + asInterface.load("bob").await());
        System.out.println("overloads: " + ul.describe(7).await() + " " + ul.describe("seven").await() + " "
                + ul.describe(7, "seven").await());
        LengthCache cache = new LengthCache();
        var values = cache.getAll(List.of("a", "bb", "a")).await();
        System.out.println("cache hits=" + cache.hits + " misses=" + cache.misses + " values=" + values);
        Node<Integer> tree = new Node<>(1, List.of(new Node<>(2, List.of(new Node<>(4))), new Node<>(3, List.of(new Node<>(5)))));
        long[] r = Loaders_Coroutines.walk(tree, 1).await();
        System.out.println("tree sum=" + r[0] + " depth=" + r[1]);
        System.out.println("generic throws: " + Loaders_Coroutines.useAttempt().await());
    }
}
