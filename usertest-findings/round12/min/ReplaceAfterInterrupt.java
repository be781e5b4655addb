import java.util.concurrent.*;
import kaa.*;

/** What assertTimeoutPreemptively does on a timeout (cancel(true) on the thread running await(), no join),
 *  followed at once by the next test's @BeforeEach Main.setNotifier. */
public class ReplaceAfterInterrupt {
    public static void main(String[] args) throws Exception {
        int refused = 0, rounds = 2000;
        String example = null;
        for (int i = 0; i < rounds; i++) {
            Main.setNotifier(new Notifier(new ManualTicker()));
            ExecutorService ex = Executors.newSingleThreadExecutor();
            CountDownLatch driving = new CountDownLatch(1);
            Future<?> f = ex.submit(() -> { driving.countDown(); return new InProgress<String>().await(); });
            driving.await();
            Thread.sleep(1);
            f.cancel(true);                       // the timeout fires
            ex.shutdownNow();
            for (;;) {                            // the next test's @BeforeEach
                try {
                    Main.setNotifier(new Notifier(new ManualTicker()));
                    break;
                } catch (IllegalStateException e) {
                    refused++;
                    if (example == null) example = e.getMessage();
                    Thread.sleep(1);
                    break;
                }
            }
            ex.awaitTermination(1, TimeUnit.SECONDS);
        }
        System.out.println("setNotifier refused right after the interrupted await in " + refused + " of " + rounds + " rounds");
        if (example != null) System.out.println("message: " + example);
        System.exit(0);
    }
}
