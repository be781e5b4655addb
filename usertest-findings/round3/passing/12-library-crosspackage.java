// Passing program 12: public library class used from another package, subclass in another package using protected members, SINGLETON and PASS_LAST policies
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p12lib.app.App
// Expected output (checked by hand against the README's semantics; timings may vary):
//   Optional[1] Optional.empty
//   same flush: true -> 1, next flush -> 2
//   one | one,two | one,two,three
//   3.14
//   total=1011 [flushed 2]
package p12lib.api;

import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

/** A small "library" class with coroutines, public API, used from another package. SINGLETON and
 *  PASS_LAST policies; protected hooks for subclasses in other packages. */
public abstract class KeyValueStore<V> {
    protected final Map<String, V> data = new TreeMap<>();
    protected int flushes;

    public static <V> KeyValueStore<V> create() {
        return new KeyValueStore_Coroutines<>();
    }

    protected void onFlush(int size) { flushes++; }

    @Coroutine
    public InProgress<Void> put(String key, V value) {
        yield_(delay(Duration.ofMillis(1)));
        data.put(key, value);
        return done();
    }

    @Coroutine
    public InProgress<Optional<V>> get(String key) {
        yield_();
        return done(Optional.ofNullable(data.get(key)));
    }

    /** Concurrent flush requests share one flush. */
    @Coroutine(policy = Policy.SINGLETON)
    public InProgress<Integer> flush() {
        yield_(delay(Duration.ofMillis(20)));
        onFlush(data.size());
        return done(flushes);
    }

    /** Appends chain: each waits for the previous one and builds on its result. */
    @Coroutine(policy = Policy.PASS_LAST)
    public InProgress<String> appendLog(String entry) {
        String before = last() == null ? "" : yield_(last());
        yield_(delay(Duration.ofMillis(entry.length())));
        return done(before.isEmpty() ? entry : before + "," + entry);
    }
}
package p12lib.app;

import java.util.*;
import kaa.*;
import p12lib.api.KeyValueStore;
import p12lib.api.KeyValueStore_Coroutines;
import static kaa.Async.*;

/** Uses the library from another package: factory, generated class directly, and a subclass in this
 *  package that adds its own coroutine and uses inherited protected members. */
public class App {
    abstract static class AuditedStore extends KeyValueStore_Coroutines<Integer> {
        final List<String> audit = new ArrayList<>();

        @Override protected void onFlush(int size) {
            super.onFlush(size);
            audit.add("flushed " + size);
        }

        @Coroutine
        InProgress<Integer> total() {
            yield_(flush());
            var sum = 0;
            for (var k : data.keySet()) sum += yield_(get(k)).orElse(0);   // protected field of another package
            return done(sum + flushes * 1000);
        }
    }

    public static void main(String[] args) {
        KeyValueStore<String> kv = KeyValueStore.create();
        InProgress.all(kv.put("a", "1"), kv.put("b", "2")).await();
        System.out.println(kv.get("a").await() + " " + kv.get("zz").await());
        var f1 = kv.flush();
        var f2 = kv.flush();
        System.out.println("same flush: " + (f1 == f2) + " -> " + f1.await() + ", next flush -> " + kv.flush().await());
        var l1 = kv.appendLog("one");
        var l2 = kv.appendLog("two");
        var l3 = kv.appendLog("three");
        System.out.println(l1.await() + " | " + l2.await() + " | " + l3.await());

        var direct = new KeyValueStore_Coroutines<Double>();
        direct.put("pi", 3.14).await();
        System.out.println(direct.get("pi").await().orElseThrow());

        var audited = new App_AuditedStore_Coroutines();
        InProgress.all(audited.put("x", 5), audited.put("y", 6)).await();
        System.out.println("total=" + audited.total().await() + " " + audited.audit);
    }
}
