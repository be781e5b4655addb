// ERROR: [kaa.class-not-static]
import kaa.*;
import static kaa.Async.*;

public class InnerClassNotStatic {
    abstract class Worker { // error here
        @Coroutine
        InProgress<Void> run() {
            yield_();
            return done();
        }
    }
}
