// Passing program 07: InProgress.any/all, abort of losers (catch/finally in aborted bodies), timeout(d,true), await(Duration), CompletableFuture bridges
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p07race.Mirrors
// Expected output (checked by hand against the README's semantics; timings may vary):
//   #1 fast:/a
//   [start slow, start fast, start mid, finally fast, aborted slow, finally slow, aborted mid, finally mid]
//   failed first: bad is broken
//   [start bad, start ok, finally bad, aborted ok, finally ok]
//   timed out after 20 ms
//   [start sloth, aborted sloth, finally sloth]
//   [slow:/all, fast:/all, mid:/all]
//   all failed: boom is broken
//   from a CF / fast:/cf2
//   cf done=true value=fast:/cf
//   plain await timed out
package p07race;

import java.time.Duration;
import java.util.*;
import java.util.concurrent.CompletableFuture;
import java.util.stream.*;
import kaa.*;
import static kaa.Async.*;

/** Racing mirrors with InProgress.any/all, timeouts, abort (finally runs), CompletableFuture bridge. */
public abstract class Mirrors {
    record Mirror(String name, int latencyMs, boolean broken) {}

    final List<String> log = new ArrayList<>();

    @Coroutine
    InProgress<String> fetch(Mirror m, String path) {
        log.add("start " + m.name());
        try {
            yield_(delay(Duration.ofMillis(m.latencyMs())));
            if (m.broken()) throw new IllegalStateException(m.name() + " is broken");
            return done(m.name() + ":" + path);
        } catch (InProgressAbortedException e) {
            log.add("aborted " + m.name());
            throw e;
        } finally {
            log.add("finally " + m.name());
        }
    }

    @Coroutine
    InProgress<String> fastest(List<Mirror> mirrors, String path) {
        var attempts = mirrors.stream().map(m -> fetch(m, path)).toList();
        var first = yield_(InProgress.any(attempts));
        attempts.forEach(InProgress::abort);        // stop the losers
        return first.isFailed() ? done("failed first: " + first.failure().getMessage())
                                : done("#" + first.index() + " " + first.value());
    }

    @Coroutine
    InProgress<String> withDeadline(Mirror m, Duration d) {
        try {
            return done(yield_(fetch(m, "/x").timeout(d, true)));
        } catch (InProgressTimeoutException e) {
            return done("timed out after " + d.toMillis() + " ms");
        }
    }

    public static void main(String[] args) throws Exception {
        Mirrors app = new Mirrors_Coroutines();
        var ms = List.of(new Mirror("slow", 80, false), new Mirror("fast", 10, false), new Mirror("mid", 40, false));
        System.out.println(app.fastest(ms, "/a").await());
        System.out.println(app.log);

        app.log.clear();
        System.out.println(app.fastest(List.of(new Mirror("bad", 5, true), new Mirror("ok", 30, false)), "/b").await());
        System.out.println(app.log);

        app.log.clear();
        System.out.println(app.withDeadline(new Mirror("sloth", 500, false), Duration.ofMillis(20)).await());
        System.out.println(app.log);

        app.log.clear();
        var all = InProgress.all(ms.stream().map(m -> app.fetch(m, "/all")).toList()).await();
        System.out.println(all);

        // all() with a failure
        try {
            InProgress.all(app.fetch(ms.get(0), "/z"), app.fetch(new Mirror("boom", 1, true), "/z")).await();
        } catch (IllegalStateException e) {
            System.out.println("all failed: " + e.getMessage());
        }

        // CompletableFuture bridge both ways
        CompletableFuture<String> cf = app.fetch(ms.get(1), "/cf").toCompletableFuture();
        var back = InProgress.from(CompletableFuture.supplyAsync(() -> "from a CF"));
        System.out.println(back.await() + " / " + app.fetch(ms.get(1), "/cf2").await());
        System.out.println("cf done=" + cf.isDone() + " value=" + cf.getNow("?"));

        // await(Duration) in plain code
        try {
            app.fetch(new Mirror("sloth", 300, false), "/t").await(Duration.ofMillis(10));
        } catch (InProgressTimeoutException e) {
            System.out.println("plain await timed out");
        }
    }
}
