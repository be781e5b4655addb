// yield_ in a lambda of a plain method: annotating the method would not help (a lambda cannot suspend a coroutine),
// so the message does not say to (usertest round 9, finding 02: it said "Annotate 'main' with @Coroutine").
// ERROR: [kaa.yield-outside-coroutine] yield_() only works inside a method annotated @Coroutine, and this is a lambda, which runs later, outside any coroutine
import kaa.*;
import static kaa.Async.*;

public class YieldInLambdaOfPlainMethod {
    public static void main(String[] args) {
        Runnable r = () -> yield_(); // error here
        r.run();
    }
}
