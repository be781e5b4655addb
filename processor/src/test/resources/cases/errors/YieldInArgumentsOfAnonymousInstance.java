// A yield_ in the arguments of a method called on an anonymous class instance, which must be kept across the
// suspension: a tagged error, not a temporary of type Object that has no such method (usertest round 10).
// ERROR: [kaa.unsupported] A yield_ in the arguments of a method of an anonymous class instance
import kaa.*;
import static kaa.Async.*;

public abstract class YieldInArgumentsOfAnonymousInstance {
    @Coroutine
    InProgress<String> f() {
        String y = new Object() {
            String f(int k) {
                return "anon" + k;
            }
        }.f(yield_(InProgress.finished(6))); // error here
        return done(y);
    }
}
