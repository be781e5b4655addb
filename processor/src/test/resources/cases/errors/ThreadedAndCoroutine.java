// ERROR: [kaa.threaded-and-coroutine]
// ERROR-LINE: 9
import kaa.*;
import static kaa.Async.*;

public abstract class ThreadedAndCoroutine {
    @Coroutine
    @Threaded
    InProgress<String> run() { // error here
        return done("both");
    }
}
