package r11;

import kaa.*;
import java.time.Duration;
import static kaa.Async.*;

// F3 (minimised from P12). kaa: InProgressAborted derives from BaseException, TimeoutException from InProgressAborted,
// so `except Exception` catches neither. EXPECTED: the coroutine fails with the timeout; the generic catch does not run.
abstract class F3CatchException {
    @Coroutine InProgress<String> f() {
        try { return done(yield_(new InProgress<String>().timeout(Duration.ofMillis(10)))); }
        catch (Exception e) { return done("generic catch swallowed " + e.getClass().getSimpleName()); }
    }
    public static void main(String[] a) {
        System.out.println(new F3CatchException_Coroutines().f().await());
    }
}
