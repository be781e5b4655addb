// ERROR: [kaa.class-final]
import kaa.*;
import static kaa.Async.*;

public final class FinalClass { // error here
    @Coroutine
    InProgress<Void> run() {
        yield_();
        return done();
    }
}
