// ERROR: [kaa.bad-return-type]
import kaa.*;
import static kaa.Async.*;

public abstract class VoidReturnType {
    @Coroutine
    void run() { // error here
        yield_();
    }
}
