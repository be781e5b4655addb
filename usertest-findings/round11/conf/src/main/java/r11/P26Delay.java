package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P26: delay(seconds): an InProgress finished by a one-shot timer; aborting it stops the timer.
 * EXPECTED (virtual time): d1 finishes at 250ms; aborted d2 never fires (loop has nothing to do afterwards: the
 *   notifier has no pending timer, so "step() with a 1s guard timer" moves the clock to 1000ms, not 300ms).
 */
class P26Delay {
    public static void main(String[] a) {
        V.virtual();
        var d1 = delay(Duration.ofMillis(250));
        d1.connect(v -> V.p("d1 fired"));
        var d2 = delay(Duration.ofMillis(300));
        d2.connectBoth(v -> V.p("d2 fired?!"), e -> V.p("d2 failed " + V.name(e)));
        d1.await();
        System.out.println("abort d2 -> " + d2.abort());
        new OneShotTimer(() -> V.p("guard")).start(Duration.ofMillis(750));
        Main.step(); // runs the next due timer: the guard at 1000ms if d2's timer is gone, else d2's at 300ms
        V.p("end");
    }
}
