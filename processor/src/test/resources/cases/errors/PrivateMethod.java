// ERROR: [kaa.private-member]
import kaa.*;
import static kaa.Async.*;

public abstract class PrivateMethod {
    private static String helper() {
        return "secret";
    }

    @Coroutine
    InProgress<String> run() {
        yield_();
        String value = helper(); // error here
        return done(value);
    }
}
