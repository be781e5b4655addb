// A type mismatch at a yield_ is javac's error only (bug 27).
// ERROR: incompatible types
import kaa.*;
import static kaa.Async.*;

public abstract class TypeMismatchAtYield {
    @Coroutine
    InProgress<String> name() {
        yield_();
        return done("x");
    }

    @Coroutine
    InProgress<Integer> work() {
        int n = yield_(name()); // error here
        return done(n);
    }
}
