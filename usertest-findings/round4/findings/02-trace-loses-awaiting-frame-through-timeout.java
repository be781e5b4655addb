// Finding 02 (misleading stack trace / README statement): a failure awaited through a combinator
// (ip.timeout(d), InProgress.all(...), any(...)) loses the awaiting coroutine's frame, so the trace
// reads as if main() called the failing coroutine directly. The README's recommended
// `yield_(x.timeout(d))` pattern is exactly this case.
//
// Reproduce (file must be named TraceViaTimeout.java):
//   cp 02-trace-loses-awaiting-frame-through-timeout.java /tmp/TraceViaTimeout.java && cd /tmp && M=~/.m2/repository; R=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar; P=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   javac --release 17 -Xlint:all -Xlint:-processing -Werror -cp $R -processorpath $P -d out TraceViaTimeout.java && java -cp out:$R TraceViaTimeout
// Expected (README "Debugging": "one frame per coroutine that was awaiting it, at the line of its yield_"):
//   at TraceViaTimeout.leaf(TraceViaTimeout.java:NN)
//   at TraceViaTimeout.viaTimeout(TraceViaTimeout.java:<line of the yield_>)   <- missing
//   at kaa.runtime.collapsed(...)
//   at TraceViaTimeout.main(...)
// Actual (with `direct()` the middle frame is there):
//   at TraceViaTimeout.leaf(TraceViaTimeout.java:30)
//   at kaa.runtime.collapsed(10 kaa frames)
//   at TraceViaTimeout.main(TraceViaTimeout.java:47)
// Also: a coroutine that `return InProgress.all(mid(1), mid(2))` where mid awaits a failing leaf gives a
// trace ending at `mid` with no main() frame at all.
// Guess: the await chain only grows when the failure comes from the InProgress the trace currently ends
// with; timeout()/all() make a new InProgress, so the awaiting coroutine's yield_ is not appended.
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class TraceViaTimeout {
    @Coroutine
    InProgress<Integer> leaf(String s) {
        yield_();
        return done(Integer.parseInt(s));
    }

    @Coroutine
    InProgress<Integer> viaTimeout() {
        int v = yield_(leaf("y").timeout(Duration.ofSeconds(1)));
        return done(v);
    }

    @Coroutine
    InProgress<Integer> direct() {
        int v = yield_(leaf("z"));
        return done(v);
    }

    public static void main(String[] args) {
        TraceViaTimeout t = new TraceViaTimeout_Coroutines();
        try { t.viaTimeout().await(); } catch (RuntimeException e) { e.printStackTrace(System.out); }
        try { t.direct().await(); } catch (RuntimeException e) { e.printStackTrace(System.out); }
    }
}
