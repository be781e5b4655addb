package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P05: yielding an already-finished InProgress re-enters immediately, in the same step, no loop turn.
 * EXPECTED (kaa / README "An ip that has already finished continues at once"):
 *   got 1 / got 2 / call returned finished=true result=3, stepSignal count 0
 */
abstract class P05AwaitFinished {
    static int steps;
    @Coroutine InProgress<Integer> f() {
        int a = yield_(InProgress.finished(1));
        System.out.println("got " + a);
        int b = yield_(InProgress.finished(2));
        System.out.println("got " + b);
        return done(a + b);
    }
    public static void main(String[] x) {
        Main.notifier().stepSignal().connect(v -> steps++);
        var ip = new P05AwaitFinished_Coroutines().f();
        System.out.println("call returned finished=" + ip.isFinished() + " result=" + (ip.isFinished() ? ip.result() : "-") + ", steps " + steps);
    }
}
