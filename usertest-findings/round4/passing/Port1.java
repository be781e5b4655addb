// Port1 -- original and kaa version in one file; both lines must match after the label.
// Build: Maven project /tmp/usertest4/ports (README's "Using it in your build", -Xlint:all -Xlint:-processing -Werror),
//   cd /tmp/usertest4/ports && mvn -o -q compile && java -cp target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar p.Port1
// Expected output:
//   original: [1:60, 2:60, 3:error no user 3, 4:error timeout] in ~200ms
//   kaa:      [1:60, 2:60, 3:error no user 3, 4:error timeout] in ~200ms
package p;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kaa.InProgress;
import kaa.InProgressTimeoutException;
import kaa.Coroutine;
import static kaa.Async.*;

/** Port 1: CompletableFuture chain (thenCompose/exceptionally/allOf/orTimeout) vs kaa. */
public abstract class Port1 {
    // ---------------- original ----------------
    static final class Original {
        static CompletableFuture<String> user(int id) {
            Executor later = CompletableFuture.delayedExecutor(id == 4 ? 500 : 50, TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> {
                if (id == 3) throw new IllegalStateException("no user " + id);
                return "user-" + id;
            }, later);
        }

        static CompletableFuture<Integer> orders(String user) {
            return CompletableFuture.supplyAsync(() -> user.length() * 10,
                    CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS));
        }

        static CompletableFuture<String> one(int id) {
            return user(id)
                    .thenCompose(Original::orders)
                    .thenApply(total -> id + ":" + total)
                    .orTimeout(200, TimeUnit.MILLISECONDS)
                    .exceptionally(e -> {
                        Throwable c = e instanceof CompletionException ? e.getCause() : e;
                        return id + ":error " + (c instanceof TimeoutException ? "timeout" : c.getMessage());
                    });
        }

        static List<String> run() {
            List<CompletableFuture<String>> all = new ArrayList<>();
            for (int id = 1; id <= 4; id++) all.add(one(id));
            return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]))
                    .thenApply(v -> all.stream().map(CompletableFuture::join).toList())
                    .join();
        }
    }

    // ---------------- kaa ----------------
    @Coroutine
    InProgress<String> user(int id) {
        yield_(delay(Duration.ofMillis(id == 4 ? 500 : 50)));
        if (id == 3) throw new IllegalStateException("no user " + id);
        return done("user-" + id);
    }

    @Coroutine
    InProgress<Integer> orders(String user) {
        yield_(delay(Duration.ofMillis(30)));
        return done(user.length() * 10);
    }

    @Coroutine
    InProgress<String> lookup(int id) {
        String u = yield_(user(id));
        int total = yield_(orders(u));
        return done(id + ":" + total);
    }

    @Coroutine
    InProgress<String> one(int id) {
        try {
            return done(yield_(lookup(id).timeout(Duration.ofMillis(200), true)));
        } catch (InProgressTimeoutException e) {
            return done(id + ":error timeout");
        } catch (IllegalStateException e) {
            return done(id + ":error " + e.getMessage());
        }
    }

    @Coroutine
    InProgress<List<String>> runAll() {
        List<InProgress<String>> all = new ArrayList<>();
        for (int id = 1; id <= 4; id++) all.add(one(id));
        return InProgress.all(all);
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        System.out.println("original: " + Original.run() + " in ~" + (System.nanoTime() - t0) / 100_000_000 + "00ms");
        t0 = System.nanoTime();
        Port1 k = new Port1_Coroutines();
        System.out.println("kaa:      " + k.runAll().await() + " in ~" + (System.nanoTime() - t0) / 100_000_000 + "00ms");
    }
}
