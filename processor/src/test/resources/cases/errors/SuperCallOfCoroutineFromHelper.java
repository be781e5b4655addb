// A helper method that calls super.m() of a @Coroutine m (the advice of [kaa.super-in-coroutine] for other methods)
// runs m's original body, which fails at its first yield_ (usertest finding 09): a compile error at the call.
// ERROR: [kaa.unprocessed-super-call]
import kaa.*;
import static kaa.Async.*;

public abstract class SuperCallOfCoroutineFromHelper {
    @Coroutine
    InProgress<String> load(int id) {
        yield_();
        return done("user" + id);
    }

    abstract static class Cached extends SuperCallOfCoroutineFromHelper {
        InProgress<String> superLoad(int id) {
            return super.load(id); // error here
        }
    }
}
