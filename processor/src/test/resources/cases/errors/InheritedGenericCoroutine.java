// A subclass's generated class cannot run the coroutines of a generic superclass: a tagged error at the subclass
// that says to extend the superclass's generated class (basics/SubclassesOfGeneratedClasses does) or override them.
// ERROR: [kaa.inherited-generic-coroutine] 'echo' is a @Coroutine of the generic class Base, which Sub extends without overriding it, and the generated InheritedGenericCoroutine_Sub_Coroutines cannot run the coroutines of a generic superclass. Extend InheritedGenericCoroutine_Base_Coroutines<...> instead
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
