// ERROR: [kaa.bad-return-type]
import kaa.*;
import static kaa.Async.*;

public abstract class BadReturnType {
    @Coroutine
    String run() { // error here
        yield_();
        return "not an InProgress";
    }
}
