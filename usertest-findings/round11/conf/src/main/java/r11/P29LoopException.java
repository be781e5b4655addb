package r11;

import kaa.*;
import java.time.Duration;

/*
 * P29: an exception escaping a loop callback. kaa: "emitted on the exception signal; unless a handler swallows it,
 * it ends run()". README (documented deviation): "Any other code that throws (a task, timer, signal or InProgress
 * callback) is reported on Notifier.exceptionSignal() (or logged), and the loop goes on. A repeating Timer whose
 * callback throws is stopped".
 * EXPECTED (README): exceptionSignal got boom-oneshot; loop goes on; repeating timer ran once and isActive=false;
 *   run() ends only through stop() at 100ms.
 */
class P29LoopException {
    public static void main(String[] a) {
        V.virtual();
        Main.notifier().exceptionSignal().connect(e -> V.p("exceptionSignal: " + V.name(e)));
        new OneShotTimer(() -> { throw new RuntimeException("boom-oneshot"); }).start(Duration.ofMillis(10));
        int[] runs = {0};
        var rep = new kaa.Timer(() -> { runs[0]++; throw new RuntimeException("boom-repeating"); }).start(Duration.ofMillis(20));
        Main.post(() -> { throw new IllegalStateException("boom-posted"); });
        new OneShotTimer(() -> { V.p("stopping"); Main.stop(); }).start(Duration.ofMillis(100));
        Main.run();
        V.p("run() returned; repeating timer ran " + runs[0] + "x, active=" + rep.isActive());
    }
}
