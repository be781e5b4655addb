import kaa.*;
import static kaa.Async.*;

/** A @Threaded(pool = "io") call after Main.run() has returned (and so, per the README, unregistered "io"). */
public abstract class ThreadedAfterRun {
    @Threaded(pool = "io")
    InProgress<String> where() {
        return done(Thread.currentThread().getName());
    }

    public static void main(String[] args) {
        ThreadedAfterRun t = new ThreadedAfterRun_Coroutines();
        ThreadPool.builder("io").size(1).register();
        if (args.length > 0) System.out.println("before run(): " + t.where().await());
        Main.post(Main::stop);
        Main.run();
        try {
            System.out.println("ThreadPool.named(\"io\") = " + ThreadPool.named("io"));
        } catch (IllegalArgumentException e) {
            System.out.println("ThreadPool.named: " + e.getMessage());
        }
        try {
            System.out.println("@Threaded after run(): " + t.where().await());
        } catch (RuntimeException e) {
            System.out.println("@Threaded after run(): " + e);
        }
        System.exit(0);
    }
}
