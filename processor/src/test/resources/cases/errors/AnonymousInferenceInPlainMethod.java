// A var of an anonymous class in a plain method of a class with coroutines attributed in place (its private copy has
// errors): javac cannot compile it once the class has been attributed during processing; a tagged error at the
// declaration says what to do. Attributed in a copy, it compiles (attribution/).
// ATTRIBUTION: in-place
// ERROR: [kaa.anonymous-inference]
import kaa.*;
import static kaa.Async.*;

public abstract class AnonymousInferenceInPlainMethod {
    @Coroutine
    InProgress<Integer> m() {
        yield_();
        return done(1);
    }

    static int plain() {
        var counter = new Object() { int n = 2; }; // error here
        return counter.n;
    }
}
