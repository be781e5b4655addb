// ERROR: [kaa.private-member] A coroutine body cannot use the private member 'Mode'
// A private nested type as the type of a var, named again in its initializer and in a later declaration: one error,
// at the declaration (usertest round 3, finding 03: a second copy had no file and line, from the type tree javac
// makes for a var, and a declaration with the type written got two errors on its line).
import kaa.*;
import static kaa.Async.*;

public abstract class PrivateTypeOfVar {
    private enum Mode { FAST, SLOW }

    @Coroutine
    InProgress<String> run() {
        var mode = Mode.FAST; // error here
        yield_();
        Mode other = Mode.SLOW;
        return done("mode " + mode + " " + other);
    }
}
