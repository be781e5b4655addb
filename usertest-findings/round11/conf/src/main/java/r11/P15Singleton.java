package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P15: POLICY_SINGLETON: while an invocation is unfinished, further calls return that same InProgress; their
 * arguments are ignored. A call after it finished starts a new one.
 * EXPECTED: enter 1 ; same object=true ; (no "enter 2") ; result 1:a for both ; then enter 3 (new invocation).
 */
abstract class P15Singleton {
    @Coroutine(policy = Policy.SINGLETON)
    InProgress<String> load(int n, InProgress<String> gate) {
        System.out.println("  enter " + n);
        return done(n + ":" + yield_(gate));
    }
    public static void main(String[] a) {
        var o = new P15Singleton_Coroutines();
        var g = new InProgress<String>();
        var x = o.load(1, g);
        var y = o.load(2, new InProgress<>());
        System.out.println("same object=" + (x == y));
        g.finish("a");
        System.out.println("x=" + x.result() + " y=" + y.result());
        var z = o.load(3, InProgress.finished("b"));
        System.out.println("z=" + z.result() + " new=" + (z != x));
    }
}
