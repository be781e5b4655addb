// Port5 -- original and kaa version in one file; both lines must match after the label.
// Build: Maven project /tmp/usertest4/ports (README's "Using it in your build", -Xlint:all -Xlint:-processing -Werror),
//   cd /tmp/usertest4/ports && mvn -o -q compile && java -cp target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar p.Port5
// NOTE: stderr additionally gets a spurious "Unhandled InProgress failure of coroutine Port5.poll" at exit: findings/03.
// Expected output:
//   original: [build done after 4 polls, build polled after stop: 0, stuck timed out, stuck polled after stop: 0]
//   kaa:      [build done after 4 polls, build polled after stop: 0, stuck timed out, stuck polled after stop: 0]
package p;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.InProgressTimeoutException;
import static kaa.Async.*;

/** Port 5: a periodic poller (ScheduledExecutorService vs @Coroutine(interval)). */
public abstract class Port5 {
    /** the remote job: "done" on the 4th status query; "stuck" never */
    static final class RemoteJob {
        final String name;
        final AtomicInteger polls = new AtomicInteger();
        RemoteJob(String name) { this.name = name; }
        String status() {
            int n = polls.incrementAndGet();
            return !name.equals("stuck") && n >= 4 ? "DONE" : "RUNNING";
        }
    }

    // ---------------- original ----------------
    static CompletableFuture<String> pollUntilDone(ScheduledExecutorService ses, RemoteJob job) {
        CompletableFuture<String> result = new CompletableFuture<>();
        ScheduledFuture<?> task = ses.scheduleAtFixedRate(() -> {
            if (job.status().equals("DONE")) result.complete(job.name + " done after " + job.polls.get() + " polls");
        }, 0, 50, TimeUnit.MILLISECONDS);
        result.orTimeout(300, TimeUnit.MILLISECONDS)
              .whenComplete((v, e) -> task.cancel(false));   // stop polling either way
        return result;
    }

    static List<String> original() {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
        try {
            List<String> out = new ArrayList<>();
            for (String name : List.of("build", "stuck")) {
                RemoteJob job = new RemoteJob(name);
                try {
                    out.add(pollUntilDone(ses, job).orTimeout(300, TimeUnit.MILLISECONDS).join());
                } catch (CompletionException e) {
                    out.add(job.name + (e.getCause() instanceof TimeoutException ? " timed out" : " failed"));
                }
                int seen = job.polls.get();
                try { Thread.sleep(120); } catch (InterruptedException e) { throw new RuntimeException(e); }
                out.add(name + " polled after stop: " + (job.polls.get() - seen));
            }
            return out;
        } finally {
            ses.shutdownNow();
        }
    }

    // ---------------- kaa ----------------
    @Coroutine(interval = 50)                 // each yield_() resumes 50 ms later
    InProgress<String> poll(RemoteJob job) {
        while (!job.status().equals("DONE")) {
            yield_();
        }
        return done(job.name + " done after " + job.polls.get() + " polls");
    }

    @Coroutine
    InProgress<List<String>> run() {
        List<String> out = new ArrayList<>();
        for (String name : List.of("build", "stuck")) {
            RemoteJob job = new RemoteJob(name);
            try {
                out.add(yield_(poll(job).timeout(Duration.ofMillis(300), true)));   // true: abort the poller
            } catch (InProgressTimeoutException e) {
                out.add(job.name + " timed out");
            }
            int seen = job.polls.get();
            yield_(delay(Duration.ofMillis(120)));
            out.add(name + " polled after stop: " + (job.polls.get() - seen));
        }
        return done(out);
    }

    public static void main(String[] args) {
        System.out.println("original: " + original());
        System.out.println("kaa:      " + new Port5_Coroutines().run().await());
    }
}
