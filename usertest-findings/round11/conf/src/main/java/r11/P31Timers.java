package r11;

import kaa.*;
import java.time.Duration;

/*
 * P31: timers. kaa: Timer(cb).start(interval) repeats until stopped or the callback returns False; OneShotTimer
 * fires once; start() on an active timer restarts it; weak variants stop when their owner is collected.
 * EXPECTED (virtual time): repeating at 10,20,30 then stop() ; whileTrue timer at 15,30,45 (returns false the 3rd
 *   time) then inactive ; one-shot at 25 only ; restarted one-shot (start(40ms) at 0, restart(40ms) at 20) fires at 60;
 *   weak timer stops firing once its owner is collected.
 */
class P31Timers {
    static Object owner = new Object();
    public static void main(String[] a) throws Exception {
        V.virtual();
        int[] n = {0, 0};
        kaa.Timer[] rep = new kaa.Timer[1];
        rep[0] = new kaa.Timer(() -> { V.p("repeat " + ++n[0]); if (n[0] == 3) rep[0].stop(); }).start(Duration.ofMillis(10));
        var wt = kaa.Timer.whileTrue(() -> { V.p("whileTrue " + ++n[1]); return n[1] < 3; }).start(Duration.ofMillis(15));
        var once = new OneShotTimer(() -> V.p("one-shot")).start(Duration.ofMillis(25));
        var restarted = new OneShotTimer(() -> V.p("restarted one-shot")).start(Duration.ofMillis(40));
        new OneShotTimer(() -> { V.p("restart it (40ms)"); restarted.start(Duration.ofMillis(40)); }).start(Duration.ofMillis(20));
        int[] w = {0};
        var weak = kaa.Timer.weak(owner, o -> w[0]++).start(Duration.ofMillis(100));
        var end = new InProgress<Void>();
        new OneShotTimer(() -> end.finish(null)).start(Duration.ofMillis(250));
        end.await();
        V.p("weak fired " + w[0] + "x ; rep active=" + rep[0].isActive() + " whileTrue active=" + wt.isActive() + " once active=" + once.isActive());
        owner = null;
        for (int i = 0; i < 3; i++) { System.gc(); Thread.sleep(20); }
        var end2 = new InProgress<Void>();
        new OneShotTimer(() -> end2.finish(null)).start(Duration.ofMillis(500));
        end2.await();
        V.p("weak fired " + w[0] + "x after owner dropped (expected unchanged); weak active=" + weak.isActive());
    }
}
