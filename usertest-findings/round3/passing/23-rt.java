// Passing program 23: abort of a parent awaiting all(), channel receive timeout does not lose a later value, Main.run twice, nested await() in a body
// Build/run: javac -d out -cp $RT -processorpath $PROC Rt.java && java -cp out:$RT Rt   (RT/PROC as in findings headers)
// Expected output:
//   after abort of parent awaiting all(): [child 1 finally, child 2 finally]
//   timeout,late
//   run #0 ended, x=Rt.child[finished: 0]
//   run #1 ended, x=Rt.child[finished: 0]
//   nested await gave 0
import java.time.Duration;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Rt {
    final List<String> log = new ArrayList<>();
    @Coroutine
    InProgress<Integer> child(int n) {
        try {
            yield_(delay(Duration.ofMillis(100 * n)));
            return done(n);
        } finally {
            log.add("child " + n + " finally");
        }
    }
    @Coroutine
    InProgress<List<Integer>> parent() {
        return done(yield_(InProgress.all(child(1), child(2))));
    }
    @Coroutine
    InProgress<String> nestedAwait() {
        yield_(delay(Duration.ofMillis(1)));
        int v = child(0).await();          // blocking await inside a coroutine body on the loop
        return done("nested await gave " + v);
    }
    @Coroutine
    InProgress<String> channelTimeout(Channel<String> ch) {
        String first;
        try {
            first = yield_(ch.receive().timeout(Duration.ofMillis(10), true));
        } catch (InProgressTimeoutException e) {
            first = "timeout";
        }
        var second = yield_(ch.receive());
        return done(first + "," + second);
    }
    public static void main(String[] a) throws Exception {
        Rt r = new Rt_Coroutines();
        var p = r.parent();
        delay(Duration.ofMillis(20)).await();
        p.abort();
        delay(Duration.ofMillis(300)).await();
        System.out.println("after abort of parent awaiting all(): " + r.log);

        var ch = new Channel<String>(1);
        var c = r.channelTimeout(ch);
        delay(Duration.ofMillis(30)).await();
        ch.send("late");
        System.out.println(c.await(Duration.ofSeconds(1)));

        // run the loop twice
        for (int i = 0; i < 2; i++) {
            var x = r.child(0);
            x.connect(v -> Main.stop());
            Main.post(() -> {});
            Main.run();
            System.out.println("run #" + i + " ended, x=" + x);
        }
        try {
            System.out.println(r.nestedAwait().await(Duration.ofSeconds(2)));
        } catch (RuntimeException e) {
            System.out.println("nested await: " + e);
        }
    }
}
