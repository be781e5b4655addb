// ERROR: [kaa.yield-in-lambda]
import kaa.*;
import static kaa.Async.*;

public abstract class YieldInLambda {
    @Coroutine
    InProgress<Void> run() {
        Runnable later = () -> yield_(); // error here
        later.run();
        return done();
    }
}
