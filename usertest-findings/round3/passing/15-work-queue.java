// Passing program 15: plain threads sending into a Channel (blocking await off-loop), worker coroutines with receive().timeout(d,true) idle retirement, noAbort, InProgressStatus, Timer.whileTrue, Main.call from a thread
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p15workers.WorkQueue
// Expected output (checked by hand against the README's semantics; timings may vary):
//   true
//   per worker [7, 8, 8, 7], total 30
//   processed=30 committed=30 status=100% workers used=[w0, w1, w2, w3] reports>0=true
package p15workers;

import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import kaa.*;
import static kaa.Async.*;

/** Plain Java threads feed a Channel; worker coroutines on the loop consume with idle timeouts;
 *  InProgressStatus tracks progress; Timer.whileTrue reports; noAbort protects a commit;
 *  Main.call from other threads; Main.run()/stop(). */
public abstract class WorkQueue {
    record Job(int id, String producer, int cost) {}

    final Channel<Job> jobs = new Channel<>(4);
    final InProgressStatus status = new InProgressStatus(0);
    final Map<String, Integer> doneBy = new TreeMap<>();
    final AtomicInteger committed = new AtomicInteger();
    int processed;

    @Coroutine
    InProgress<Void> commit(Job j) {
        yield_(delay(Duration.ofMillis(2)));
        committed.incrementAndGet();
        return done();
    }

    @Coroutine
    InProgress<Integer> worker(String name, Duration idle) {
        var mine = 0;
        for (;;) {
            Job job;
            try {
                job = yield_(jobs.receive().timeout(idle, true));
            } catch (InProgressTimeoutException e) {
                break;                                        // idle too long: retire
            } catch (ChannelClosedException e) {
                break;
            }
            yield_(delay(Duration.ofMillis(job.cost())));
            yield_(commit(job).noAbort());
            mine++;
            processed++;
            doneBy.merge(name, 1, Integer::sum);
            status.increment();
        }
        return done(mine);
    }

    @Coroutine
    InProgress<String> supervise(int workers) {
        var ips = new ArrayList<InProgress<Integer>>();
        for (int i = 0; i < workers; i++) ips.add(worker("w" + i, Duration.ofMillis(150)));
        var counts = yield_(InProgress.all(ips));
        Main.stop();
        return done("per worker " + counts + ", total " + counts.stream().mapToInt(Integer::intValue).sum());
    }

    public static void main(String[] args) throws Exception {
        WorkQueue q = new WorkQueue_Coroutines();
        int producers = 3, perProducer = 10;
        q.status.setMaximum(producers * perProducer);
        var pool = Executors.newFixedThreadPool(producers);
        for (int p = 0; p < producers; p++) {
            var name = "p" + p;
            pool.submit(() -> {
                for (int i = 0; i < perProducer; i++) {
                    q.jobs.send(new Job(i, name, 1 + i % 3)).await();      // blocks this thread while the channel is full
                }
                // ask the loop thread something from a plain thread
                var onLoop = Main.call(Main::isMainThread).await();
                if (!onLoop) System.out.println("Main.call did not run on the loop thread");
                return null;
            });
        }
        var reports = new AtomicInteger();
        kaa.Timer.whileTrue(() -> {
            reports.incrementAndGet();
            return q.status.percentage() < 100;
        }).start(Duration.ofMillis(10));
        var result = q.supervise(4);
        Main.run();
        pool.shutdown();
        System.out.println(pool.awaitTermination(1, TimeUnit.SECONDS));
        System.out.println(result.await());
        System.out.println("processed=" + q.processed + " committed=" + q.committed + " status=" + q.status.percentage()
                + "% workers used=" + q.doneBy.keySet() + " reports>0=" + (reports.get() > 0));
    }
}
