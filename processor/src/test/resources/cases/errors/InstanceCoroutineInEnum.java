// An instance coroutine needs a generated subclass, which an enum cannot have (bug 20: the advice was to declare
// the enum abstract).
// ERROR: [kaa.instance-method-in-type]
import kaa.*;
import static kaa.Async.*;

public enum InstanceCoroutineInEnum {
    A;

    @Coroutine
    InProgress<Integer> d() { // error here
        yield_();
        return done(1);
    }
}
