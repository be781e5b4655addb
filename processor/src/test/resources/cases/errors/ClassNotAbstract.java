// ERROR: [kaa.class-not-abstract]
// ERROR-LINE: 8
import kaa.*;
import static kaa.Async.*;

public class ClassNotAbstract {
    @Coroutine
    InProgress<Void> run() { // error here
        yield_();
        return done();
    }
}
