package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P08: running coroutines are kept alive by the runtime even when nobody references their InProgress.
 * EXPECTED (kaa): after dropping every reference and forcing GCs, the coroutine still runs to completion:
 *   step 0..4 then "finished (side effect)", done=true
 */
abstract class P08KeptAlive {
    static volatile boolean done;
    @Coroutine InProgress<Void> orphan() {
        yield_(delay(Duration.ofMillis(50)));
        for (int i = 0; i < 5; i++) { System.out.println("step " + i); yield_(); }
        System.out.println("finished (side effect)");
        done = true;
        return done();
    }
    public static void main(String[] a) throws Exception {
        new P08KeptAlive_Coroutines().orphan(); // result dropped
        for (int i = 0; i < 3; i++) { System.gc(); Thread.sleep(30); }
        Main.notifier().loopUntil(() -> done);
        System.out.println("done=" + done);
    }
}
