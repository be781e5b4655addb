package r11;

import kaa.*;
import java.time.Duration;

/*
 * P37: "A failure that nobody handled is logged ("Unhandled InProgress exception") when the object is
 * garbage-collected." README: "A failure nobody observed is logged when its InProgress is collected, or at exit.
 * This includes timeouts, but not aborts."
 * EXPECTED: (1) failure "unobserved-1", dropped + GC -> logged during the run (before "end of main");
 *   (2) failure "observed" with connectBoth -> never logged; (3) an aborted InProgress -> not logged;
 *   (4) a timeout nobody observes -> logged.
 */
class P37Unhandled {
    public static void main(String[] a) throws Exception {
        V.virtual();
        drop1();
        var seen = new InProgress<String>(); seen.connectBoth(v -> {}, e -> {}); seen.fail(new RuntimeException("observed"));
        new InProgress<String>().abort();
        var t = new InProgress<String>().timeout(Duration.ofMillis(5));
        t = null;
        var end = new InProgress<Void>();
        new OneShotTimer(() -> end.finish(null)).start(Duration.ofMillis(20));
        end.await();
        for (int i = 0; i < 5; i++) { System.gc(); Thread.sleep(50); }
        var end2 = new InProgress<Void>();
        new OneShotTimer(() -> end2.finish(null)).start(Duration.ofMillis(20));
        end2.await();                       // let the loop run after the GC
        System.out.println("end of main");
        System.out.flush();
    }
    static void drop1() { new InProgress<String>().fail(new RuntimeException("unobserved-1")); }
}
