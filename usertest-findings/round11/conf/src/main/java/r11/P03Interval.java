package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P03: @Coroutine(interval = 10) resumes 10 ms after each yield_(); interval is a read/write property of the
 * CoroutineInProgress and setting it restarts the step timer (kaa: "setting it restarts the step timer";
 * README: "a coroutine waiting for its next time slice is rescheduled with the new interval").
 * EXPECTED on virtual time:
 *   [0ms] tick 0 ; [10ms] tick 1 ; interval read = PT0.01S
 *   at 15ms setInterval(100ms) -> next tick at 115ms (restarted from 15ms), then 215ms.
 */
abstract class P03Interval {
    @Coroutine(interval = 10)
    CoroutineInProgress<Void> ticker() {
        for (int i = 0; i < 4; i++) {
            V.p("tick " + i);
            yield_();
        }
        return done();
    }
    public static void main(String[] a) {
        V.virtual();
        var o = new P03Interval_Coroutines();
        var c = o.ticker();
        V.p("interval read = " + c.interval());
        new OneShotTimer(() -> { V.p("setInterval(100ms)"); c.setInterval(Duration.ofMillis(100)); })
            .start(Duration.ofMillis(15));
        c.await();
        V.p("done; interval now " + c.interval());
    }
}
