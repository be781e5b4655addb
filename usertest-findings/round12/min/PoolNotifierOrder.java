import kaa.*;

/** Does Main.run() returning unregister the pools? It depends on whether the pool was registered before or after
 *  Main.setNotifier (a @BeforeAll pool and a @BeforeEach notifier). */
public class PoolNotifierOrder {
    public static void main(String[] args) {
        boolean poolFirst = args[0].equals("pool-first");
        if (poolFirst) ThreadPool.builder("io").size(1).register();        // @BeforeAll
        Main.setNotifier(new Notifier(new ManualTicker()));                 // @BeforeEach
        if (!poolFirst) ThreadPool.builder("io").size(1).register();
        Main.post(Main::stop);
        Main.run();
        try {
            System.out.println(args[0] + ": after run() the pool is still registered: " + ThreadPool.named("io"));
        } catch (IllegalArgumentException e) {
            System.out.println(args[0] + ": after run() the pool is unregistered");
        }
        System.exit(0);
    }
}
