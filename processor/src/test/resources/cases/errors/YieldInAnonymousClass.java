// ERROR: [kaa.yield-in-class]
import kaa.*;
import static kaa.Async.*;

public abstract class YieldInAnonymousClass {
    @Coroutine
    InProgress<Void> run() {
        Runnable later = new Runnable() {
            @Override
            public void run() {
                yield_(); // error here
            }
        };
        later.run();
        return done();
    }
}
