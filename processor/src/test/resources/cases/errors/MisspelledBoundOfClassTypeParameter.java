// A misspelled bound of the class's type parameter is javac's error, once, at the user's line, not repeated in the
// generated classes (usertest round 10).
// ERROR: cannot find symbol
import kaa.*;
import static kaa.Async.*;

public abstract class MisspelledBoundOfClassTypeParameter<T extends Serializabl> { // error here
    @Coroutine
    InProgress<T> get(T t) {
        yield_();
        return done(t);
    }
}
