// yield_ in a field initializer names the field, not "the enclosing method" (usertest round 9, finding 02).
// ERROR: [kaa.yield-outside-coroutine] yield_() only works inside a method annotated @Coroutine, and this is the initializer of the field 'FIRST'
import kaa.*;
import static kaa.Async.*;

public class YieldInFieldInitializer {
    static final int FIRST = yield_(InProgress.finished(1)); // error here
}
