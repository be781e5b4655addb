// Port3 -- original and kaa version in one file; both lines must match after the label.
// Build: Maven project /tmp/usertest4/ports (README's "Using it in your build", -Xlint:all -Xlint:-processing -Werror),
//   cd /tmp/usertest4/ports && mvn -o -q compile && java -cp target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar p.Port3
// Expected output:
//   original: [alpha=10.0.0.5, bad.example=error(unknown host bad.example), never=timeout, be=10.0.0.2]
//   kaa:      [alpha=10.0.0.5, bad.example=error(unknown host bad.example), never=timeout, be=10.0.0.2]
package p;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.InProgressTimeoutException;
import static kaa.Async.*;

/** Port 3: a callback-style API wrapped into a future (CompletableFuture vs InProgress). */
public abstract class Port3 {
    /** the legacy API: calls back on its own thread */
    interface Callback {
        void onSuccess(String address);
        void onFailure(Exception error);
    }

    static final class LegacyResolver {
        private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "resolver-io");
            t.setDaemon(true);
            return t;
        });

        void resolve(String name, Callback cb) {
            if (name.equals("never")) return;                       // a lost request: never calls back
            io.schedule(() -> {
                if (name.startsWith("bad")) cb.onFailure(new IllegalArgumentException("unknown host " + name));
                else cb.onSuccess("10.0.0." + name.length());
            }, 50, TimeUnit.MILLISECONDS);
        }
    }

    static final LegacyResolver RESOLVER = new LegacyResolver();
    static final List<String> NAMES = List.of("alpha", "bad.example", "never", "be");

    // ---------------- original ----------------
    static CompletableFuture<String> resolveCf(String name) {
        CompletableFuture<String> f = new CompletableFuture<>();
        RESOLVER.resolve(name, new Callback() {
            public void onSuccess(String a) { f.complete(a); }
            public void onFailure(Exception e) { f.completeExceptionally(e); }
        });
        return f;
    }

    static String original() {
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (String n : NAMES) {
            all.add(resolveCf(n).orTimeout(200, TimeUnit.MILLISECONDS).handle((a, e) -> {
                if (e == null) return n + "=" + a;
                Throwable c = e instanceof CompletionException ? e.getCause() : e;
                return n + "=" + (c instanceof TimeoutException ? "timeout" : "error(" + c.getMessage() + ")");
            }));
        }
        return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> all.stream().map(CompletableFuture::join).toList()).join().toString();
    }

    // ---------------- kaa ----------------
    static InProgress<String> resolve(String name) {
        InProgress<String> ip = new InProgress<>();
        RESOLVER.resolve(name, new Callback() {
            public void onSuccess(String a) { ip.finish(a); }
            public void onFailure(Exception e) { ip.fail(e); }
        });
        return ip;
    }

    @Coroutine
    InProgress<String> resolveOne(String name) {
        try {
            return done(name + "=" + yield_(resolve(name).timeout(Duration.ofMillis(200))));
        } catch (InProgressTimeoutException e) {
            return done(name + "=timeout");
        } catch (IllegalArgumentException e) {
            return done(name + "=error(" + e.getMessage() + ")");
        }
    }

    @Coroutine
    InProgress<String> resolveAll() {
        List<InProgress<String>> all = new ArrayList<>();
        for (String n : NAMES) all.add(resolveOne(n));
        return done(yield_(InProgress.all(all)).toString());
    }

    public static void main(String[] args) {
        System.out.println("original: " + original());
        System.out.println("kaa:      " + new Port3_Coroutines().resolveAll().await());
    }
}
