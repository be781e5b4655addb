// Passing program 11: constructors with args and checked exceptions, inner class created in a body, this::method and this in lambdas, Serializable, @SuppressWarnings, @Deprecated, @SafeVarargs generic varargs, CoroutineInProgress.setInterval
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p11session.Sessions
// Expected output (checked by hand against the README's semantics; timings may vary):
//   corp#7/ann(2) [login corp#7/ann(1), lambda saw login corp#7/ann(1) in corp#7]
//   [a, x]
//   old
//   [1, 2, 3]
//   ticks=20 interval=1ms fast=true
//   ctor: blank realm
package p11session;

import java.io.*;
import java.time.Duration;
import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

/** Constructors with arguments and checked exceptions, inner (non-static) classes created in a body,
 *  `this` and method references in lambdas inside bodies, Serializable, @SuppressWarnings,
 *  @Deprecated coroutines, generic varargs with @SafeVarargs, CoroutineInProgress.setInterval. */
public abstract class Sessions implements Serializable {
    private static final long serialVersionUID = 1L;

    final String realm;
    final transient List<String> audit = new ArrayList<>();
    final transient Signal<String> events = new Signal<>();

    protected Sessions(String realm) throws IOException {
        if (realm.isBlank()) throw new IOException("blank realm");
        this.realm = realm;
    }

    protected Sessions(String realm, int dummy) throws IOException {
        this(realm + "#" + dummy);
    }

    class Session {
        final String user;
        int hits;
        Session(String user) { this.user = user; }
        @Override public String toString() { return realm + "/" + user + "(" + hits + ")"; }
    }

    void record(String e) { audit.add(e); }

    @Coroutine
    InProgress<Session> login(String user) {
        var s = new Session(user);                       // inner class: needs the outer instance
        events.connect(this::record);                    // method ref on this
        events.connect(e -> audit.add("lambda saw " + e + " in " + this.realm));
        yield_(delay(Duration.ofMillis(1)));
        s.hits++;
        events.emit("login " + s);
        Runnable r = () -> s.hits++;
        r.run();
        events.disconnectAll();
        return done(s);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Coroutine
    InProgress<List<String>> legacy(Object rawList) {
        var list = (List<String>) rawList;               // unchecked cast, suppressed by the annotation
        yield_();
        List raw = new ArrayList();                      // raw type, suppressed? (rawtypes is separate)
        raw.add("x");
        list.addAll(raw);
        return done(list);
    }

    @Deprecated
    @Coroutine
    InProgress<String> oldApi() {
        yield_();
        return done("old");
    }

    @SafeVarargs
    @Coroutine
    static <T> InProgress<List<T>> gather(InProgress<? extends T>... ips) {
        var out = new ArrayList<T>();
        for (var ip : ips) out.add(yield_(ip));
        return done(out);
    }

    @Coroutine(interval = 100)
    CoroutineInProgress<Integer> ticker(int n) {
        var i = 0;
        while (i < n) {
            i++;
            yield_();
        }
        return done(i);
    }

    public static void main(String[] args) throws Exception {
        Sessions ss = new Sessions_Coroutines("corp", 7);
        var s = ss.login("ann").await();
        System.out.println(s + " " + ss.audit);
        var in = new ArrayList<String>(List.of("a"));
        System.out.println(ss.legacy(in).await());
        @SuppressWarnings("deprecation") var old = ss.oldApi().await();
        System.out.println(old);
        System.out.println(Sessions_Coroutines.gather(InProgress.finished(1), ss.ticker(2), InProgress.finished(3)).await());
        var t0 = System.nanoTime();
        var tick = ss.ticker(20);
        tick.setInterval(Duration.ofMillis(1));
        System.out.println("ticks=" + tick.await() + " interval=" + tick.interval().toMillis()
                + "ms fast=" + ((System.nanoTime() - t0) / 1_000_000 < 1000));
        try {
            new Sessions_Coroutines(" ");
        } catch (IOException e) {
            System.out.println("ctor: " + e.getMessage());
        }
    }
}
