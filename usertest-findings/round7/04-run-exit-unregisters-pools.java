// 04 After Main.run() returns, registered pools are gone; the next call says "register it once at startup"
// Compile+run:
//   cd /tmp/u7/findings && mkdir -p out04 && javac -d out04 -cp /tmp/u7/lib/rt.jar 04-run-exit-unregisters-pools.java \
//     && java -cp out04:/tmp/u7/lib/rt.jar RunExitUnregistersPools
// Expected (README, Threads): "A pool (...) is shut down with the notifier's Main.run() (or by shutdown())". The
//   README does not say that this aborts running and queued jobs, or that the pool is unregistered. Everything else
//   survives a stop()/run() restart: timers, suspended coroutines, pending socket reads (all checked). The error
//   text tells you to "register it once at startup", which you already did.
// Actual:
//   running job: failed kaa.InProgressAbortedException: thread pool "w" was shut down
//   queued job:  failed kaa.InProgressAbortedException: thread pool "w" was shut down
//   after restart: java.lang.IllegalArgumentException: no thread pool named "w" is registered (none is); register it
//     once at startup with ThreadPool.builder("w").size(n).register()
//   @Threaded(pool = "w") calls made after the first run() returns all fail the same way.
// Guess: the notifier's shutdown unregisters and shuts down every pool when run() returns, even when run() is
//   called again later.
// Class: confusing message + README missing (what shutdown does to jobs, and that pools do not survive run()).
import kaa.*;
import java.time.Duration;

class RunExitUnregistersPools {
    static String show(InProgress<?> ip) { try { return "value " + ip.await(Duration.ofSeconds(3)); } catch (Throwable t) { return "failed " + t; } }
    public static void main(String[] a) {
        ThreadPool.builder("w").size(1).register();
        InProgress<String> running = ThreadPool.named("w").submit(() -> { Thread.sleep(500); return "slept"; });
        InProgress<String> queued = ThreadPool.named("w").submit(() -> "quick");
        new OneShotTimer(Main::stop).start(Duration.ofMillis(100));
        Main.run();                                   // e.g. a service's main loop, stopped to reconfigure
        System.out.println("running job: " + show(running));
        System.out.println("queued job:  " + show(queued));
        new OneShotTimer(Main::stop).start(Duration.ofMillis(100));
        try {
            InProgress<String> again = ThreadPool.named("w").submit(() -> "again");
            System.out.println("after restart: " + show(again));
        } catch (RuntimeException e) { System.out.println("after restart: " + e); }
        Main.run();
    }
}
