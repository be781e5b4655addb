import kaa.*;

/** README: "when run() returns, each registered pool's running and queued jobs fail ... and the pool is unregistered". */
public class PoolAfterRun {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("manual")) Main.setNotifier(new Notifier(new ManualTicker()));
        ThreadPool.builder("io").size(1).register();
        InProgress<String> queued = ThreadPool.named("io").submit(() -> { Thread.sleep(500); return "late"; });
        Main.post(Main::stop);
        Main.run();
        System.out.println("after run(): queued job = " + queued);
        try {
            System.out.println("ThreadPool.named(\"io\") = " + ThreadPool.named("io"));
        } catch (IllegalArgumentException e) {
            System.out.println("unregistered: " + e.getMessage());
        }
        System.exit(0);
    }
}
