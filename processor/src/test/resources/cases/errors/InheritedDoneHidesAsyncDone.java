// ERROR: [kaa.hidden-dsl-method] 'done' here is not kaa's: FutureTask.done(), which Task has as a member, hides the static import of Async.done
// A class that inherits a method named done (FutureTask, SwingWorker) cannot call Async.done by its simple name: the
// member hides the static import. The tagged error replaces javac's "cannot be applied to given types" and says to
// qualify the call (basics/QualifiedDslCalls).
import java.util.concurrent.FutureTask;
import kaa.*;
import static kaa.Async.*;

public class InheritedDoneHidesAsyncDone {
    abstract static class Task extends FutureTask<String> {
        Task() {
            super(() -> "task");
        }

        @Coroutine
        InProgress<String> go() {
            yield_();
            return done("go"); // error here
        }
    }
}
