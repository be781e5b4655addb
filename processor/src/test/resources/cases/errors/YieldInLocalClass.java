// ERROR: [kaa.yield-in-class]
import kaa.*;
import static kaa.Async.*;

public abstract class YieldInLocalClass {
    @Coroutine
    InProgress<Integer> run() {
        class Helper {
            int value() {
                return yield_(InProgress.finished(1)); // error here
            }
        }
        return done(new Helper().value());
    }
}
