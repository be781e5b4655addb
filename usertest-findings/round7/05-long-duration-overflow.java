// 05 timeout()/delay()/Timer.start() with a "practically infinite" Duration throw ArithmeticException (await(d) copes)
// Compile+run:
//   cd /tmp/u7/findings && mkdir -p out05 && javac -d out05 -cp /tmp/u7/lib/rt.jar 05-long-duration-overflow.java \
//     && java -cp out05:/tmp/u7/lib/rt.jar LongDurationOverflow
// Expected: the README documents timeout(d), await(d), delay and Timer.start(d) with no upper bound. A Duration
//   beyond about 292 years (for example Duration.ofMillis(Long.MAX_VALUE), a common "no timeout" value from
//   configuration) should be clamped, or rejected with a message that names the limit, as negative durations are
//   ("negative interval: PT-1S").
// Actual:
//   timeout(ofMillis(MAX)): java.lang.ArithmeticException: long overflow
//   delay(ofMillis(MAX)):   java.lang.ArithmeticException: long overflow
//   Timer.start(ofMillis(MAX)): java.lang.ArithmeticException: long overflow
//   await(ofMillis(MAX)) and await(ofSeconds(Long.MAX_VALUE)) work, so the library is inconsistent with itself.
// Guess: Duration.toNanos() (or deadline = now + nanos) without saturation.
// Class: crash (minor) / confusing message.
import kaa.*;
import java.time.Duration;
import java.util.concurrent.Callable;

class LongDurationOverflow {
    static void tryIt(String what, Callable<?> c) {
        try { System.out.println(what + ": ok " + c.call()); } catch (Throwable t) { System.out.println(what + ": " + t); }
    }
    public static void main(String[] a) {
        Duration forever = Duration.ofMillis(Long.MAX_VALUE);
        tryIt("timeout(ofMillis(MAX))", () -> new InProgress<String>().timeout(forever));
        tryIt("delay(ofMillis(MAX))", () -> Async.delay(forever));
        tryIt("await(ofMillis(MAX))", () -> InProgress.finished("x").await(forever));
        tryIt("Timer.start(ofMillis(MAX))", () -> { kaa.Timer t = new kaa.Timer(() -> { }).start(forever); t.stop(); return t; });
        tryIt("OneShotTimer.start(ofDays(200*365))", () -> { OneShotTimer t = new OneShotTimer(() -> { }).start(Duration.ofDays(200 * 365)); t.stop(); return "(under 292 years)"; });
    }
}
