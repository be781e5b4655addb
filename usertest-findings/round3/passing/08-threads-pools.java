// Passing program 08: @Threaded on a named pool with priority, Threaded.MAIN, abort interrupts a running job, OneShotTimer, Signal, try-with-resources across yield_, Main.run/stop
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p08threads.Indexer
// Expected output (checked by hand against the README's semantics; timings may vary):
//   one-shot timer fired
//   signal: f1.txt
//   signal: f2.txt
//   signal: f3.txt
//   f1.txt: 2 lines, 4 words
//   f2.txt: 3 lines, 6 words
//   f3.txt: 4 lines, 8 words
//   MAIN job on loop thread: true
//   closed=truemissing: missing.txt
//   abort running job: true, job failed
//   thread interrupted: 1
//   loop ended; program finished=true failed=false
package p08threads;

import java.io.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.*;
import static kaa.Async.*;

/** @Threaded on a named pool with priorities, Threaded.MAIN, aborting a running job, Main.run()/stop(),
 *  OneShotTimer, Signal, checked exceptions from threads, try-with-resources across yield_. */
public abstract class Indexer {
    record FileStats(Path path, long lines, long words) {}

    final Signal<FileStats> indexed = new Signal<>();
    final AtomicInteger interrupted = new AtomicInteger();

    @Threaded(pool = "io", priority = 1)
    InProgress<FileStats> stats(Path p) throws IOException {
        try (var lines = Files.lines(p)) {
            var all = lines.toList();
            long words = all.stream().mapToLong(l -> l.isBlank() ? 0 : l.trim().split("\\s+").length).sum();
            return done(new FileStats(p.getFileName(), all.size(), words));
        }
    }

    @Threaded(pool = "io")
    InProgress<Integer> spin() {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            interrupted.incrementAndGet();
        }
        return done(-1);
    }

    @Threaded(pool = Threaded.MAIN)
    InProgress<Boolean> onLoop() {
        return done(Main.isMainThread());
    }

    static final class Report implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final PrintWriter w = new PrintWriter(out);
        boolean closed;
        @Override public void close() { w.flush(); closed = true; }
    }

    @Coroutine
    InProgress<String> indexAll(List<Path> files) throws IOException {
        var report = new Report();
        try (report) {
            for (var f : files) {
                var s = yield_(stats(f), IOException.class);
                indexed.emit(s);
                report.w.printf("%s: %d lines, %d words%n", s.path(), s.lines(), s.words());
            }
            var onMain = yield_(onLoop());
            report.w.println("MAIN job on loop thread: " + onMain);
        }
        return done(report.out + "closed=" + report.closed);
    }

    @Coroutine
    InProgress<Void> program(Path dir) throws IOException {
        var files = new ArrayList<Path>();
        for (int i = 1; i <= 3; i++) {
            var p = dir.resolve("f" + i + ".txt");
            Files.writeString(p, "word ".repeat(i * 2) + "\n".repeat(i) + "last line\n");
            files.add(p);
        }
        try {
            System.out.print(yield_(indexAll(files), IOException.class));
            yield_(indexAll(List.of(dir.resolve("missing.txt"))), IOException.class);
        } catch (NoSuchFileException e) {
            System.out.println("missing: " + Path.of(e.getFile()).getFileName());
        } catch (IOException e) {
            System.out.println("other IO: " + e);
        }
        var job = spin();
        yield_(delay(Duration.ofMillis(50)));
        System.out.println("abort running job: " + job.abort() + ", job " + (job.isFailed() ? "failed" : "?"));
        yield_(delay(Duration.ofMillis(50)));
        System.out.println("thread interrupted: " + interrupted.get());
        Main.stop();
        return done();
    }

    public static void main(String[] args) throws Exception {
        ThreadPool.builder("io").size(2).register();
        Indexer ix = new Indexer_Coroutines();
        ix.indexed.connect(s -> System.out.println("signal: " + s.path()));
        var dir = Files.createTempDirectory("kaa-ix");
        new OneShotTimer(() -> System.out.println("one-shot timer fired")).start(Duration.ofMillis(20));
        var prog = ix.program(dir);
        Main.run();
        System.out.println("loop ended; program finished=" + prog.isFinished() + " failed=" + prog.isFailed());
    }
}
