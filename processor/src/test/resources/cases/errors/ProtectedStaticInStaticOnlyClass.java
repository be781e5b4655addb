// A static protected method of a class in another package, called by a static coroutine of a class without instance
// coroutines: its generated class is a holder of static methods, no subclass, so nothing can lend the machine access.
// ERROR: [kaa.protected-member]
import java.util.concurrent.ForkJoinTask;
import kaa.*;
import static kaa.Async.*;

public abstract class ProtectedStaticInStaticOnlyClass extends ForkJoinTask<String> {
    private static final long serialVersionUID = 1L;

    @Coroutine
    static InProgress<Boolean> idle() {
        yield_();
        return done(pollTask() == null); // error here
    }
}
