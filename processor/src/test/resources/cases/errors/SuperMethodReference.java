// super::toString in a body names what the body wrote (usertest round 10: the message said 'super.super(...)').
// ERROR: [kaa.super-in-coroutine] A coroutine body cannot call 'super::toString'
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class SuperMethodReference {
    @Coroutine
    InProgress<String> g() {
        yield_();
        Supplier<String> s = super::toString; // error here
        return done(s.get());
    }
}
