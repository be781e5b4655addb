// A yield_ whose value is of an anonymous class, used: a tagged error, not generated code that reads it as Object
// (usertest round 10).
// ERROR: [kaa.unsupported] A yield_ whose value is of an anonymous class
import kaa.*;
import static kaa.Async.*;

public abstract class YieldOfAnonymousClassValue {
    @Coroutine
    InProgress<Integer> f() {
        int x = yield_(InProgress.finished(new Object() { int x = 5; })).x; // error here
        return done(x);
    }
}
