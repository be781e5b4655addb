// ERROR: [kaa.method-private]
import kaa.*;
import static kaa.Async.*;

public abstract class PrivateCoroutine {
    @Coroutine
    private InProgress<Void> run() { // error here
        yield_();
        return done();
    }
}
