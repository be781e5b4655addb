package r11;

import kaa.*;
import java.time.Duration;

/*
 * P53: restarting / stopping timers from callbacks (kaa Timer.start() on a running timer restarts it with the new
 * interval; a timer stopped before it runs does not run, even if due in the same step).
 * EXPECTED (virtual time):
 *   repeating 10ms timer that calls start(50ms) in its 2nd callback: fires at 10, 20, then 70, 120 (new interval);
 *   one-shot that restarts itself in its callback: fires at 30 and 60;
 *   X and Y both due at 200ms, X (started first) stops Y: Y never runs.
 */
class P53TimerRestartInCallback {
    public static void main(String[] a) {
        V.virtual();
        int[] n = {0};
        kaa.Timer[] t = new kaa.Timer[1];
        t[0] = new kaa.Timer(() -> {
            n[0]++;
            V.p("repeating #" + n[0]);
            if (n[0] == 2) t[0].start(Duration.ofMillis(50));
            if (n[0] == 4) t[0].stop();
        }).start(Duration.ofMillis(10));
        int[] m = {0};
        OneShotTimer[] o = new OneShotTimer[1];
        o[0] = new OneShotTimer(() -> { V.p("one-shot #" + ++m[0]); if (m[0] == 1) o[0].start(Duration.ofMillis(30)); }).start(Duration.ofMillis(30));
        OneShotTimer[] y = new OneShotTimer[1];
        new OneShotTimer(() -> { V.p("X stops Y"); y[0].stop(); }).start(Duration.ofMillis(200));
        y[0] = new OneShotTimer(() -> V.p("Y ran?!")).start(Duration.ofMillis(200));
        var end = new InProgress<Void>();
        new OneShotTimer(() -> end.finish(null)).start(Duration.ofMillis(300));
        end.await();
        V.p("repeating active=" + t[0].isActive() + " interval=" + t[0].interval());
    }
}
