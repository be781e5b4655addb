package r11;

import kaa.*;
import java.time.Duration;

/** Small helper: virtual time and a log line with the virtual clock. */
final class V {
    static ManualTicker clock;
    static ManualTicker virtual() {
        clock = new ManualTicker();
        Main.setNotifier(new Notifier(clock));
        return clock;
    }
    static long ms() { return clock == null ? -1 : Duration.ofNanos(clock.nanoTime()).toMillis(); }
    static void p(Object o) { System.out.println((clock == null ? "" : "[" + ms() + "ms] ") + o); }
    static String name(Throwable t) { return t == null ? "null" : t.getClass().getSimpleName() + "(" + t.getMessage() + ")"; }
}
