// ERROR: [kaa.method-final]
import kaa.*;
import static kaa.Async.*;

public abstract class FinalCoroutine {
    @Coroutine
    final InProgress<Void> run() { // error here
        yield_();
        return done();
    }
}
