import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| chain: a | a,b | a,b,c
//| serialized log: [start 1, end 1, start 2, end 2, start 3, end 3]
//| singleton calls=1 same=true: config-1
//| depth 1000 -> 1000
//| aborted job interrupted: true
//| aborted coroutine status: failed=true
public abstract class Policies {
    final List<String> log = new ArrayList<>();
    int loads;

    @Coroutine(policy = Policy.PASS_LAST)
    InProgress<String> append(String item) {
        String before = last() == null ? "" : yield_(last()) + ",";
        yield_();
        return done(before + item);
    }

    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<Void> write(int n) {
        log.add("start " + n);
        yield_(delay(Duration.ofMillis(4 - n)));
        log.add("end " + n);
        return done();
    }

    @Coroutine(policy = Policy.SINGLETON)
    InProgress<String> loadConfig() {
        loads++;
        yield_(delay(Duration.ofMillis(3)));
        return done("config-" + loads);
    }

    @Coroutine
    InProgress<Integer> depth(int n) {
        if (n == 0) return done(0);
        return done(1 + yield_(depth(n - 1)));
    }

    volatile boolean interrupted;
    final java.util.concurrent.CountDownLatch interruptSeen = new java.util.concurrent.CountDownLatch(1);

    @Threaded
    InProgress<String> blocking() {
        try {
            Thread.sleep(60_000);
            return done("woke");
        } catch (InterruptedException e) {
            interrupted = true;
            interruptSeen.countDown();
            return done("interrupted");
        }
    }

    @Coroutine
    CoroutineInProgress<String> waitForJob() {
        return done(yield_(blocking()));
    }

    public static void main(String[] args) throws Exception {
        Policies p = new Policies_Coroutines();
        InProgress<String> a = p.append("a");
        InProgress<String> b = p.append("b");
        InProgress<String> c = p.append("c");
        System.out.println("chain: " + a.await() + " | " + b.await() + " | " + c.await());
        InProgress.all(p.write(1), p.write(2), p.write(3)).await();
        System.out.println("serialized log: " + p.log);
        InProgress<String> c1 = p.loadConfig();
        InProgress<String> c2 = p.loadConfig();
        System.out.println("singleton calls=" + p.loads + " same=" + (c1 == c2) + ": " + c2.await());
        System.out.println("depth 1000 -> " + p.depth(1000).await());
        CoroutineInProgress<String> w = p.waitForJob();
        Main.post(() -> Main.post(w::abort));
        try {
            w.await();
        } catch (InProgressAbortedException e) {
            p.interruptSeen.await(10, java.util.concurrent.TimeUnit.SECONDS);
            System.out.println("aborted job interrupted: " + p.interrupted);
        }
        System.out.println("aborted coroutine status: failed=" + w.isFailed());
    }
}
