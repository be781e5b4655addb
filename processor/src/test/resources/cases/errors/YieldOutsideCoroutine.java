// SKIP: not reported yet: yield_() in a plain method of a class with coroutines compiles
// ERROR: [kaa.yield-outside-coroutine]
// ERROR-LINE: 15
import kaa.*;
import static kaa.Async.*;

public abstract class YieldOutsideCoroutine {
    @Coroutine
    InProgress<Void> run() {
        yield_();
        return done();
    }

    void notACoroutine() {
        yield_(); // error here
    }
}
