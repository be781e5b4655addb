// ERROR: [kaa.class-not-abstract]
import kaa.*;
import static kaa.Async.*;

public class ClassNotAbstract {
    @Coroutine
    InProgress<Void> run() { // error here
        yield_();
        return done();
    }
}
