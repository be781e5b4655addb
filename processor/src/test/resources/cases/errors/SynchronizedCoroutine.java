// ERROR: [kaa.synchronized-coroutine]
import kaa.*;
import static kaa.Async.*;

public abstract class SynchronizedCoroutine {
    @Coroutine
    synchronized InProgress<Void> run() { // error here
        yield_();
        return done();
    }
}
