// ERROR: [kaa.class-final]
// ERROR-LINE: 6
import kaa.*;
import static kaa.Async.*;

public final class FinalClass { // error here
    @Coroutine
    InProgress<Void> run() {
        yield_();
        return done();
    }
}
