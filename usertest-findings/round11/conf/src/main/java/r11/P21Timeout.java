package r11;

import kaa.*;
import java.time.Duration;

/*
 * P21: timeout(t, abort=False) is a NEW InProgress that fails with TimeoutException after t; the original is left
 * alone; with abort=true the original is aborted first. A finished-in-time original finishes the timeout wrapper.
 * EXPECTED (virtual time): t1 fails at 100ms with InProgressTimeoutException, orig1 still pending and finishable;
 *   t2 (abort=true) fails at 100ms, orig2 aborted (failed with InProgressAbortedException);
 *   t3: orig3 finished at 50ms -> t3 value "ok" at 50ms, no timeout later.
 */
class P21Timeout {
    public static void main(String[] a) {
        V.virtual();
        var o1 = new InProgress<String>(); var t1 = o1.timeout(Duration.ofMillis(100));
        var o2 = new InProgress<String>(); var t2 = o2.timeout(Duration.ofMillis(100), true);
        var o3 = new InProgress<String>(); var t3 = o3.timeout(Duration.ofMillis(100));
        System.out.println("new object: " + (t1 != o1));
        t1.connectBoth(v -> V.p("t1 value " + v), e -> V.p("t1 failed " + V.name(e)));
        t2.connectBoth(v -> V.p("t2 value " + v), e -> V.p("t2 failed " + V.name(e) + "; orig2 failed=" + o2.isFailed()));
        t3.connectBoth(v -> V.p("t3 value " + v), e -> V.p("t3 failed " + V.name(e)));
        o2.abortSignal().connect(e -> V.p("orig2 abortSignal " + V.name(e)));
        new OneShotTimer(() -> o3.finish("ok")).start(Duration.ofMillis(50));
        Main.notifier().loopUntil(() -> t1.isFinished() && t2.isFinished() && t3.isFinished());
        new OneShotTimer(() -> {}).start(Duration.ofMillis(500));
        Main.step();
        V.p("orig1 finished=" + o1.isFinished() + " ; orig2 exc=" + V.name(o2.exception()));
        o1.finish("late"); V.p("orig1 late finish ok: " + o1.result());
    }
}
