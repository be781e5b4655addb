// ERROR: [kaa.yield-in-synchronized]
import kaa.*;
import static kaa.Async.*;

public abstract class YieldInSynchronized {
    final Object lock = new Object();

    @Coroutine
    InProgress<Void> run() {
        synchronized (lock) {
            yield_(); // error here
        }
        return done();
    }
}
