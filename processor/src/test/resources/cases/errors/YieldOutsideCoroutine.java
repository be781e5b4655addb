// ERROR: [kaa.yield-outside-coroutine]
// ERROR-LINE: 14
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
