// Policy.PASS_LAST: inside the body, last() is the most recent unfinished invocation (null if none), so invocations
// chain: each one waits for the previous one and extends its result. Static coroutines have one chain per method.
// The body is always entered, and last() works in lambdas too.
// OUTPUT:
// enter a, last null
// enter b, last unfinished
// enter c, last unfinished
// c=abc
// enter d, last null
// d=d
import java.util.function.Supplier;

import kaa.*;
import static kaa.Async.*;

public abstract class PassLast {
    @Coroutine(policy = Policy.PASS_LAST)
    static InProgress<String> append(String part) {
        CoroutineInProgress<String> previous = last();
        Supplier<Boolean> hasPrevious = () -> last() != null;
        System.out.println("enter " + part + ", last " + (hasPrevious.get() ? "unfinished" : "null"));
        String before = previous == null ? "" : yield_(previous);
        yield_();
        return done(before + part);
    }

    public static void main(String[] args) {
        PassLast_Coroutines.append("a");
        PassLast_Coroutines.append("b");
        InProgress<String> c = PassLast_Coroutines.append("c");
        System.out.println("c=" + c.await());
        System.out.println("d=" + PassLast_Coroutines.append("d").await());
    }
}
