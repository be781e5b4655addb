// Passing program 20: README claims: unregistered pool IAE message, SYNCHRONIZED abort of queued call, stop() before run(), interval unit=SECONDS, Main.call from another thread
// Build/run: javac -d out -cp $RT -processorpath $PROC Claims.java && java -cp out:$RT Claims   (RT/PROC as in findings headers)
// Expected output:
//   IAE: no thread pool named "nope" is registered (none is); register it once at startup with ThreadPool.builder("nope").size(n).register()
//   abort queued b: true failed=true
//   c a [enter a, leave a, enter c, leave c]
//   run returned after 0 ms
//   timer must not fire
//   slowTicks still waiting after 500 ms (interval 2 s honoured)
//   called on main
//   done
import java.time.Duration;
import java.util.*;
import java.util.concurrent.TimeUnit;
import kaa.*;
import static kaa.Async.*;

public abstract class Claims {
    final List<String> log = new ArrayList<>();

    @Threaded(pool = "nope")
    InProgress<Integer> unregistered() { return done(1); }

    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<String> serial(String name) {
        log.add("enter " + name);
        yield_(delay(Duration.ofMillis(30)));
        log.add("leave " + name);
        return done(name);
    }

    @Coroutine(interval = 2, unit = TimeUnit.SECONDS)
    InProgress<Integer> slowTicks() {
        yield_();
        return done(1);
    }

    public static void main(String[] a) throws Exception {
        Claims c = new Claims_Coroutines();
        try {
            c.unregistered();
            System.out.println("no exception from call");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        // SYNCHRONIZED: abort a queued invocation -> fails at once, body never runs
        var a1 = c.serial("a");
        var b1 = c.serial("b");
        var c1 = c.serial("c");
        System.out.println("abort queued b: " + b1.abort() + " failed=" + b1.isFailed());
        System.out.println(c1.await() + " " + a1.await() + " " + c.log);

        // stop() before run() is kept for that run()
        Main.stop();
        var t0 = System.nanoTime();
        new OneShotTimer(() -> System.out.println("timer must not fire")).start(Duration.ofMillis(500));
        Main.run();
        System.out.println("run returned after " + (System.nanoTime() - t0) / 1_000_000 + " ms");

        // unit = SECONDS interval: timeout shows it is honoured
        try {
            c.slowTicks().timeout(Duration.ofMillis(500)).await();
            System.out.println("slowTicks finished early");
        } catch (InProgressTimeoutException e) {
            System.out.println("slowTicks still waiting after 500 ms (interval 2 s honoured)");
        }

        // await from another thread while main drives the loop
        var other = new Thread(() -> {
            var v = Main.call(() -> "called on " + Thread.currentThread().getName()).await();
            System.out.println(v);
            Main.post(Main::stop);
        });
        Main.post(other::start);
        Main.run();
        other.join();
        System.out.println("done");
    }
}
