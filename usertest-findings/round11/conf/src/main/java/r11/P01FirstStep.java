package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P01: the call runs the first step synchronously and always returns an InProgress;
 * already finished if the body never suspended.
 * EXPECTED (kaa / README "Calling a coroutine runs it up to its first suspension"):
 *   body start
 *   after call: finished=true result=7
 *   body2 before yield
 *   after call2: finished=false
 *   body2 after yield
 *   await2: 8
 */
abstract class P01FirstStep {
    @Coroutine InProgress<Integer> noSuspend() {
        System.out.println("body start");
        return done(7);
    }
    @Coroutine InProgress<Integer> oneSuspend() {
        System.out.println("body2 before yield");
        yield_();
        System.out.println("body2 after yield");
        return done(8);
    }
    public static void main(String[] a) {
        var o = new P01FirstStep_Coroutines();
        var ip = o.noSuspend();
        System.out.println("after call: finished=" + ip.isFinished() + " result=" + ip.result());
        var ip2 = o.oneSuspend();
        System.out.println("after call2: finished=" + ip2.isFinished());
        System.out.println("await2: " + ip2.await());
    }
}
