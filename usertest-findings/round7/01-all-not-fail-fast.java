// 01 all() does not fail at the first failure; it waits for every member (hangs if one never finishes)
// Compile+run:
//   cd /tmp/u7/findings && mkdir -p out01 && javac -d out01 -cp /tmp/u7/lib/rt.jar 01-all-not-fail-fast.java \
//     && java -cp out01:/tmp/u7/lib/rt.jar AllNotFailFast
// Expected (README, "The DSL"): "InProgress.all(a, b, ...) [finishes] with every value in order or the first failure."
//   Read together with any() ("the first to finish"), that means all() fails as soon as a member fails,
//   like Promise.all. A service awaiting all(fastCheck, slowQuery) should see the failure at once.
// Actual:
//   after c.fail: all=InProgress[pending]
//   await(2s): kaa.InProgressTimeoutException: not finished after PT2S: InProgress[pending]
//   (pool variant: all(jobFailingAtOnce, job2s) fails only after 2014 ms.) It fails only once every member has
//   finished, and hangs for good if one never finishes (a socket read, a Signal.next()). The README does not say so.
// Guess: all() counts finished members and settles only when the count reaches n, picking the first failure then.
// Class: wrong behaviour (or README wrong/missing, if waiting for all is intended).
import kaa.*;
import java.time.Duration;
import java.util.List;

class AllNotFailFast {
    public static void main(String[] a) {
        InProgress<String> c = new InProgress<>(), d = new InProgress<>();
        InProgress<List<String>> all = InProgress.all(c, d);
        c.fail(new RuntimeException("first failure"));
        System.out.println("after c.fail: all=" + all);
        try { all.await(Duration.ofSeconds(2)); } catch (RuntimeException e) { System.out.println("await(2s): " + e); }
        InProgress<String> fast = ThreadPool.startThread("fast", () -> { throw new IllegalStateException("fast job failed"); });
        InProgress<String> slow = ThreadPool.startThread("slow", () -> { Thread.sleep(2000); return "slow"; });
        long t0 = System.nanoTime();
        try { InProgress.all(fast, slow).await(); } catch (RuntimeException e) {
            System.out.println("all(failing, 2 s job) failed after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e);
        }
        d.finish("d");
    }
}
