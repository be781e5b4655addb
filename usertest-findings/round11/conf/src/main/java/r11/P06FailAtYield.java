package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P06: a failed awaited InProgress throws its exception at the yield (same object), try/catch catches it, and the
 * failure counts as handled: nothing is logged as unhandled (also with an ALREADY failed InProgress: kaa bug #3,
 * "awaiting an already-failed InProgress still logged it as unhandled", fixed by the port).
 * An exception escaping the body fails the coroutine's InProgress.
 * EXPECTED: caught later: same=true ; caught already-failed: same=true ; outer failed with IllegalStateException(escaped)
 *   and NO "Unhandled InProgress failure" line on stderr except possibly for nothing (the outer failure IS observed).
 */
abstract class P06FailAtYield {
    static final RuntimeException E1 = new IllegalArgumentException("later"), E2 = new IllegalArgumentException("already");
    @Coroutine InProgress<String> f(InProgress<String> later) {
        try { yield_(later); } catch (IllegalArgumentException e) { System.out.println("caught later: same=" + (e == E1)); }
        try { yield_(InProgress.<String>failed(E2)); } catch (IllegalArgumentException e) { System.out.println("caught already-failed: same=" + (e == E2)); }
        throw new IllegalStateException("escaped");
    }
    static InProgress<String> start() {
        var later = new InProgress<String>();
        new OneShotTimer(() -> later.fail(E1)).start(Duration.ofMillis(5));
        return new P06FailAtYield_Coroutines().f(later);
    }
    public static void main(String[] a) throws Exception {
        V.virtual();
        var ip = start();
        try { ip.await(); } catch (IllegalStateException e) { System.out.println("outer failed with " + V.name(e)); }
        for (int i = 0; i < 5; i++) { System.gc(); Thread.sleep(50); }
        System.out.println("end (check stderr for 'Unhandled')");
    }
}
