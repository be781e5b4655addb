// A misspelled type across a yield_ is javac's error at the user's line, not one in the generated file (bug 13).
// ERROR: cannot find symbol
import kaa.*;
import static kaa.Async.*;

public abstract class MisspelledTypeInBody {
    @Coroutine
    static InProgress<Integer> m() {
        Strng s = "abc"; // error here
        yield_();
        return done(s.length());
    }
}
