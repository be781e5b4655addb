// Finding 03 (wrong run-time behaviour, spurious log): a coroutine suspended at a bare `yield_()`
// (an interval poller) and aborted by `timeout(d, true)` is reported at exit as
// "Unhandled InProgress failure of coroutine ..." although the caller caught the timeout. The same
// thing with the coroutine awaiting `delay(...)` instead logs nothing. The README says aborts are not
// logged, and recommends exactly this poll-with-timeout shape.
//
// Reproduce (file must be named PollTimeout.java):
//   cp 03-timeout-abort-logged-as-unhandled.java /tmp/PollTimeout.java && cd /tmp && M=~/.m2/repository; R=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar; P=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   javac --release 17 -Xlint:all -Xlint:-processing -Werror -cp $R -processorpath $P -d out PollTimeout.java
//   java -cp out:$R PollTimeout spin ; java -cp out:$R PollTimeout sleeper
// Expected: both print "caught timed out after PT0.1S" and nothing else.
// Actual, `spin` only (stderr, at exit):
//   kaa: Unhandled InProgress failure of coroutine PollTimeout.spin (nobody observed it before the JVM exited):
//   kaa.InProgressTimeoutException: timed out after PT0.1S
//       at kaa.runtime.collapsed(12 kaa frames)
//       at PollTimeout.main(PollTimeout.java:40)
// Guess: the abort of a coroutine waiting for its interval timeout fails its InProgress with the
// InProgressTimeoutException without marking it as an abort (the awaited-delay path does), so the
// "not aborts" exemption misses it.
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class PollTimeout {
    @Coroutine(interval = 50)
    InProgress<String> spin() {
        for (;;) yield_();
    }

    @Coroutine
    InProgress<String> sleeper() {
        yield_(delay(Duration.ofSeconds(5)));
        return done("x");
    }

    public static void main(String[] args) {
        PollTimeout e = new PollTimeout_Coroutines();
        InProgress<String> inner = args[0].equals("spin") ? e.spin() : e.sleeper();
        try {
            inner.timeout(Duration.ofMillis(100), true).await();
        } catch (InProgressTimeoutException ex) {
            System.out.println("caught " + ex.getMessage());
        }
    }
}
