// ERROR: [kaa.last-without-pass-last]
// ERROR-LINE: 9
import kaa.*;
import static kaa.Async.*;

public abstract class LastWithoutPassLast {
    @Coroutine(policy = Policy.SINGLETON)
    InProgress<Boolean> run() {
        return done(last() == null); // error here
    }
}
