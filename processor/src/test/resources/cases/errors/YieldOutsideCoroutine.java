// ERROR: [kaa.yield-outside-coroutine]
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
