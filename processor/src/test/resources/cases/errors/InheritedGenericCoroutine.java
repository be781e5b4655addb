// A subclass's generated class cannot run the coroutines of a generic superclass yet: a tagged error at the subclass
// that says to override the coroutine.
// ERROR: [kaa.inherited-generic-coroutine]
import kaa.*;
import static kaa.Async.*;

public class InheritedGenericCoroutine {
    abstract static class Base<T> {
        @Coroutine
        InProgress<T> echo(T value) {
            yield_();
            return done(value);
        }
    }

    abstract static class Sub extends Base<String> { // error here
        @Coroutine
        InProgress<String> twice(String s) {
            return done(yield_(echo(s)) + s);
        }
    }
}
