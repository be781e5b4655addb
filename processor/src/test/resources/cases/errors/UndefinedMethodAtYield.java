// A mistake in a coroutine body is javac's own error, once, at the user's line (bug 12: a wrong
// [kaa.unresolved-type] hid it).
// ERROR: cannot find symbol
import kaa.*;
import static kaa.Async.*;

public abstract class UndefinedMethodAtYield {
    @Coroutine
    static InProgress<Integer> m() {
        int n = yield_(fetch()); // error here
        return done(n);
    }
}
