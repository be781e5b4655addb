// ERROR: [kaa.class-private]
import kaa.*;
import static kaa.Async.*;

public class PrivateNestedClass {
    private abstract static class Worker { // error here
        @Coroutine
        InProgress<Void> run() {
            yield_();
            return done();
        }
    }
}
