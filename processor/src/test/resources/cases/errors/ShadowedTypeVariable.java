// A coroutine's type variable with the name of its class's: the machine declares both, so it is an error that says
// to rename it.
// ERROR: [kaa.shadowed-type-variable]
import kaa.*;
import static kaa.Async.*;

public abstract class ShadowedTypeVariable<T> {
    @Coroutine
    <T> InProgress<T> echo(T value) { // error here
        yield_();
        return done(value);
    }
}
