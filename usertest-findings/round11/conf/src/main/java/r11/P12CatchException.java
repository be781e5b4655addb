package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P12: kaa: "InProgressAborted derives from BaseException, so a plain `except Exception` does not catch it.
 * TimeoutException derives from InProgressAborted."
 * README: InProgressTimeoutException extends InProgressAbortedException (documented); it does not say whether a
 * plain catch (Exception e) sees aborts.
 * EXPECTED (kaa): the generic handler does NOT run on abort / timeout; the abort propagates.
 */
abstract class P12CatchException {
    @Coroutine CoroutineInProgress<String> work(InProgress<String> w) {
        try {
            return done(yield_(w));
        } catch (Exception e) {   // "any ordinary error": retry logic, error reporting, ...
            System.out.println("  generic catch (Exception) ran with " + V.name(e));
            return done("recovered");
        }
    }
    @Coroutine InProgress<String> withTimeout(InProgress<String> w) {
        try {
            return done(yield_(w.timeout(Duration.ofMillis(10))));
        } catch (Exception e) {
            System.out.println("  generic catch (Exception) ran with " + V.name(e));
            return done("recovered from " + e.getClass().getSimpleName());
        }
    }
    public static void main(String[] a) {
        V.virtual();
        var o = new P12CatchException_Coroutines();
        System.out.println("InProgressAbortedException is a RuntimeException: " + RuntimeException.class.isAssignableFrom(InProgressAbortedException.class));
        var c = o.work(new InProgress<>());
        c.abort();
        System.out.println("abort: failed=" + c.isFailed() + " exc=" + V.name(c.exception()));
        var t = o.withTimeout(new InProgress<>());
        try { System.out.println("timeout: result=" + t.await()); } catch (RuntimeException e) { System.out.println("timeout: failed " + V.name(e)); }
    }
}
