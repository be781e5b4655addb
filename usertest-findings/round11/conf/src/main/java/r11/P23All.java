package r11;

import kaa.*;
import java.time.Duration;

/*
 * P23: InProgressAll finishes when all children are done; values in order; README: "or with the failure of the
 * first (by position) that failed; it does not stop at a failure".
 * EXPECTED: all1 = [a, b, c] at 30ms ; all2: fails at 30ms (not 10ms) with the failure of position 0 ("p0"),
 *   although position 2 failed earlier ; all() of nothing -> [] at once.
 */
class P23All {
    public static void main(String[] x) {
        V.virtual();
        var a = new InProgress<String>(); var b = new InProgress<String>(); var c = new InProgress<String>();
        new OneShotTimer(() -> c.finish("c")).start(Duration.ofMillis(10));
        new OneShotTimer(() -> a.finish("a")).start(Duration.ofMillis(20));
        new OneShotTimer(() -> b.finish("b")).start(Duration.ofMillis(30));
        V.p("all1 = " + InProgress.all(a, b, c).await());
        var p0 = new InProgress<String>(); var p1 = new InProgress<String>(); var p2 = new InProgress<String>();
        new OneShotTimer(() -> p2.fail(new RuntimeException("p2"))).start(Duration.ofMillis(10));
        new OneShotTimer(() -> p0.fail(new RuntimeException("p0"))).start(Duration.ofMillis(20));
        new OneShotTimer(() -> p1.finish("ok")).start(Duration.ofMillis(30));
        var all2 = InProgress.all(p0, p1, p2);
        all2.connectBoth(v -> V.p("all2 value " + v), e -> V.p("all2 failed " + V.name(e)));
        Main.notifier().loopUntil(all2::isFinished);
        V.p("all() = " + InProgress.<String>all().isFinished() + " " + InProgress.<String>all().result());
    }
}
