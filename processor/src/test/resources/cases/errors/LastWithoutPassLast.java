// ERROR: [kaa.last-without-pass-last]
import kaa.*;
import static kaa.Async.*;

public abstract class LastWithoutPassLast {
    @Coroutine(policy = Policy.SINGLETON)
    InProgress<Boolean> run() {
        return done(last() == null); // error here
    }
}
