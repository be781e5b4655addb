import java.time.Duration;
import kaa.*;

/** A virtual-time notifier with nothing scheduled: step(), loopUntil(cond, d) and await(). */
public class IdleVirtualHang {
    public static void main(String[] args) {
        Notifier n = new Notifier(new ManualTicker());
        Main.setNotifier(n);
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "step" -> n.step();
            case "loopUntil" -> System.out.println("loopUntil returned " + n.loopUntil(() -> false, Duration.ofMinutes(1)));
            case "await" -> new InProgress<String>().await();
        }
        System.out.println(args[0] + " returned after " + (System.nanoTime() - t0) / 1_000_000 + " ms real, virtual " + Duration.ofNanos(n.nanoTime()));
    }
}
