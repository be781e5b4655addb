// A @Threaded method must be overridable, like a @Coroutine; the message names the annotation.
// ERROR: A @Threaded method cannot be private
import kaa.*;
import static kaa.Async.*;

public abstract class PrivateThreaded {
    @Threaded
    private InProgress<String> read() { // error here
        return done("x");
    }
}
