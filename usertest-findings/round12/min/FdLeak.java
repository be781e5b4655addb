import java.io.File;
import kaa.*;

/** The README's test setup (a new Notifier on a ManualTicker per test), 2000 tests, each awaiting a result
 *  that another thread finishes (a pool job, a socket, ...). */
public class FdLeak {
    public static void main(String[] args) throws Exception {
        boolean close = args.length > 0 && args[0].equals("close");
        System.out.println("fds at start: " + new File("/proc/self/fd").list().length);
        for (int test = 1; test <= 2000; test++) {
            Notifier n = new Notifier(new ManualTicker());
            Main.setNotifier(n);                                           // @BeforeEach
            InProgress<String> ip = new InProgress<>();
            new Thread(() -> { try { Thread.sleep(1); } catch (InterruptedException e) { } ip.finish("ok"); }).start();
            ip.await();                                                    // the test
            if (close) n.close();                                          // @AfterEach, if you think of it
            if (test % 500 == 0) {
                System.gc();
                System.out.println("after " + test + " tests: fds=" + new File("/proc/self/fd").list().length);
            }
        }
    }
}
