// 'return null' in a coroutine is a compile error that says to write done(null); at run time it failed with an
// internal NullPointerException about a variable "ip" (usertest round 9b, finding 02). A lambda's 'return null' is
// the lambda's own.
// ERROR: [kaa.return-null]
import java.util.function.Supplier;

import kaa.*;
import static kaa.Async.*;

public abstract class ReturnNull {
    @Coroutine
    InProgress<String> m(boolean b) {
        Supplier<String> s = () -> {
            return null;
        };
        if (b) return (null); // error here
        yield_();
        return done(s.get());
    }
}
