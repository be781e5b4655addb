// ERROR: [kaa.threaded-and-coroutine]
import kaa.*;
import static kaa.Async.*;

public abstract class ThreadedAndCoroutine {
    @Coroutine
    @Threaded
    InProgress<String> run() { // error here
        return done("both");
    }
}
