// Finding 01 (run-time behaviour / README gap): aborting InProgress.all(...) -- directly, through
// timeout(d, true), or by aborting the coroutine that awaits it -- does not abort the InProgresses it
// combines; InProgress.any(...) leaves its losers running too. The parts run to completion, orphaned.
//
// Reproduce (file must be named AllAbort.java):
//   cp 01-abort-not-propagated-through-all-any.java /tmp/AllAbort.java && cd /tmp && M=~/.m2/repository; R=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar; P=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   javac --release 17 -Xlint:all -Xlint:-processing -Werror -cp $R -processorpath $P -d out AllAbort.java && java -cp out:$R AllAbort
// Expected (README: "the awaited InProgress is aborted too when nothing else waits for it";
//   "timeout(d, true) aborts it too"): a and b are aborted with the all(), the any() loser is aborted
//   or at least the README says it is not:
//   a aborted / b aborted / timed out / (no "completed normally" lines)
// Actual:
//   timed out
//   a completed normally
//   b completed normally
// Guess: all()/any() create a plain InProgress listening to the parts; abort() of that InProgress
//   does not forward to the parts (unlike a coroutine, which aborts what it awaits).
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class AllAbort {
    @Coroutine
    InProgress<Integer> part(String name) {
        try {
            yield_(delay(Duration.ofMillis(300)));
            System.out.println(name + " completed normally");
            return done(1);
        } catch (InProgressAbortedException e) {
            System.out.println(name + " aborted");
            throw e;
        }
    }

    public static void main(String[] args) {
        AllAbort x = new AllAbort_Coroutines();
        try {
            InProgress.all(x.part("a"), x.part("b")).timeout(Duration.ofMillis(50), true).await();
        } catch (InProgressTimeoutException e) {
            System.out.println("timed out");
        }
        delay(Duration.ofMillis(500)).await();
    }
}
