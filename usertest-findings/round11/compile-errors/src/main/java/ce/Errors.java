package ce;

import kaa.*;
import java.util.List;
import static kaa.Async.*;

/*
 * CE: README "What the processor rejects": a yield_ inside a lambda or a synchronized block is a compile error at
 * that yield_, tagged ([kaa.yield-in-lambda]) and saying what to do; never a crash or generated code that does not
 * compile. EXPECTED: mvn compile fails with two tagged errors at lines 15 and 20, nothing else.
 */
abstract class Errors {
    @Coroutine InProgress<Integer> inLambda(List<InProgress<Integer>> xs) {
        int[] sum = {0};
        xs.forEach(x -> sum[0] += yield_(x));
        return done(sum[0]);
    }
    @Coroutine InProgress<Void> inSync(InProgress<Void> x) {
        synchronized (this) {
            yield_(x);
        }
        return done();
    }
}
