// yield_ in a class that declares no coroutine at all is the same error as in one that does.
// ERROR: [kaa.yield-outside-coroutine]
import kaa.*;
import static kaa.Async.*;

public class YieldInClassWithoutCoroutines {
    static int plain(InProgress<Integer> ip) {
        return yield_(ip); // error here
    }
}
