// Port2 -- original and kaa version in one file; both lines must match after the label.
// Build: Maven project /tmp/usertest4/ports (README's "Using it in your build", -Xlint:all -Xlint:-processing -Werror),
//   cd /tmp/usertest4/ports && mvn -o -q compile && java -cp target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar p.Port2
// Expected output:
//   original: total=10 errors=[cannot read BAD] ~200ms
//   kaa:      total=10 errors=[cannot read BAD] ~200ms
package p;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.ThreadPool;
import kaa.Threaded;
import static kaa.Async.*;

/** Port 2: ExecutorService fan-out/fan-in with Futures vs @Threaded + coroutine. */
public abstract class Port2 {
    static final List<String> DOCS = List.of("a b c", "hello world", "BAD", "one two three four", "x");

    /** the blocking work both versions share */
    static int countWords(String doc) throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            throw new IOException("interrupted", e);
        }
        if (doc.equals("BAD")) throw new IOException("cannot read " + doc);
        return doc.split(" ").length;
    }

    // ---------------- original ----------------
    static String original() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (String d : DOCS) tasks.add(() -> countWords(d));
            List<Future<Integer>> futures = pool.invokeAll(tasks);
            int total = 0;
            List<String> errors = new ArrayList<>();
            for (Future<Integer> f : futures) {
                try {
                    total += f.get();
                } catch (ExecutionException e) {
                    errors.add(e.getCause().getMessage());
                }
            }
            return "total=" + total + " errors=" + errors;
        } finally {
            pool.shutdown();
        }
    }

    // ---------------- kaa ----------------
    @Threaded(pool = "words")
    InProgress<Integer> count(String doc) {
        try {
            return done(countWords(doc));
        } catch (IOException e) {
            return InProgress.failed(e);      // README: leave `throws` off, fail the InProgress
        }
    }

    @Coroutine
    InProgress<String> countAll() {
        List<InProgress<Integer>> jobs = new ArrayList<>();
        for (String d : DOCS) jobs.add(count(d));   // fan out: all queued at once
        int total = 0;
        List<String> errors = new ArrayList<>();
        for (InProgress<Integer> job : jobs) {           // fan in, in order
            try {
                total += yield_(job, IOException.class);
            } catch (IOException e) {
                errors.add(e.getMessage());
            }
        }
        return done("total=" + total + " errors=" + errors);
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        System.out.println("original: " + original() + " ~" + (System.nanoTime() - t0) / 100_000_000 + "00ms");
        ThreadPool.builder("words").size(3).register();
        t0 = System.nanoTime();
        Port2 k = new Port2_Coroutines();
        System.out.println("kaa:      " + k.countAll().await() + " ~" + (System.nanoTime() - t0) / 100_000_000 + "00ms");
    }
}
