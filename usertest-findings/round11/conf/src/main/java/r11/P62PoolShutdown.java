package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P62: README: "@Threaded(pool = name) ... An unregistered name is an IllegalArgumentException from the call, listing
 * the registered pools"; a pool "is shut down with the notifier's Main.run(): when run() returns, each registered
 * pool's running and queued jobs fail with an InProgressAbortedException ("thread pool ... was shut down") and the pool
 * is unregistered". (kaa: thread pools are stopped at shutdown.)
 * EXPECTED: call on "nope" -> IllegalArgumentException naming "p62"; after run() returns: running and queued jobs
 *   failed with InProgressAbortedException; @Threaded(pool="p62") now -> IllegalArgumentException.
 */
abstract class P62PoolShutdown {
    @Threaded(pool = "nope") InProgress<String> missing() { return done("?"); }
    @Threaded(pool = "p62") InProgress<String> slow() throws InterruptedException { Thread.sleep(2000); return done("slow"); }
    public static void main(String[] a) {
        ThreadPool.builder("p62").size(1).register();
        var o = new P62PoolShutdown_Coroutines();
        try { o.missing(); System.out.println("missing pool: no error?!"); }
        catch (IllegalArgumentException e) { System.out.println("missing pool: " + V.name(e)); }
        InProgress<String> running, queued;
        try { running = o.slow(); queued = o.slow(); } catch (InterruptedException e) { throw new AssertionError(e); }
        new OneShotTimer(Main::stop).start(Duration.ofMillis(200));
        Main.run();
        System.out.println("running job: " + V.name(running.exception()));
        System.out.println("queued job:  " + V.name(queued.exception()));
        try { o.slow(); System.out.println("after run(): pool still registered"); }
        catch (IllegalArgumentException e) { System.out.println("after run(): " + V.name(e)); }
        catch (InterruptedException e) {}
    }
}
