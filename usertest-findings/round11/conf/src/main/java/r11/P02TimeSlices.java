package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P02: yield_() (kaa.NotFinished) gives the loop a turn: two coroutines interleave, one step each per
 * loop iteration, and a posted task / 0-delay timer gets its turn between them.
 * EXPECTED (kaa): A0 B0 run inside the calls; then each loop iteration runs one step of each: A1 B1 in one
 *   iteration, A2 B2 in the next (the counter, incremented by stepSignal at the end of an iteration, differs
 *   between A1 and A2); 3 iterations in all.
 */
abstract class P02TimeSlices {
    static int steps;
    @Coroutine InProgress<Void> worker(String n) {
        for (int i = 0; i < 3; i++) {
            System.out.println(n + i + " @step " + steps);
            yield_();
        }
        return done();
    }
    public static void main(String[] a) {
        V.virtual();
        Main.notifier().stepSignal().connect(v -> steps++);
        var o = new P02TimeSlices_Coroutines();
        var x = o.worker("A");
        var y = o.worker("B");
        InProgress.all(x, y).await();
        System.out.println("steps total " + steps);
    }
}
