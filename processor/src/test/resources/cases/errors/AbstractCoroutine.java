// ERROR: [kaa.no-body]
import kaa.*;

public abstract class AbstractCoroutine {
    @Coroutine
    abstract InProgress<Void> run(); // error here
}
