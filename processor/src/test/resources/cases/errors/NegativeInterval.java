// A negative interval is a compile error, as setInterval rejects it at run time (usertest round 10: it compiled).
// ERROR: [kaa.negative-interval]
import kaa.*;
import static kaa.Async.*;

public abstract class NegativeInterval {
    @Coroutine(interval = -5)
    InProgress<Integer> spin() { // error here
        yield_();
        return done(3);
    }
}
