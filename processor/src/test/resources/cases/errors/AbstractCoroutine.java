// ERROR: [kaa.no-body]
// ERROR-LINE: 7
import kaa.*;

public abstract class AbstractCoroutine {
    @Coroutine
    abstract InProgress<Void> run(); // error here
}
