import java.time.Duration;
import kaa.*;

/** Virtual time (the README's ManualTicker setup) and a result that a real thread delivers 5 ms later,
 *  bounded by a generous one-hour timeout. */
public class VirtualTimeVsThreads {
    public static void main(String[] args) {
        Main.setNotifier(new Notifier(new ManualTicker()));
        ThreadPool.builder("io").size(1).register();
        for (int i = 1; i <= 3; i++) {
            InProgress<String> job = ThreadPool.named("io").submit(() -> { Thread.sleep(5); return "ok"; });
            try {
                System.out.println("try " + i + ": " + job.timeout(Duration.ofHours(1)).await());
            } catch (InProgressTimeoutException e) {
                System.out.println("try " + i + ": " + e.getMessage() + " (virtual clock now "
                        + Duration.ofNanos(Main.notifier().nanoTime()) + ")");
            }
        }
        System.exit(0);
    }
}
