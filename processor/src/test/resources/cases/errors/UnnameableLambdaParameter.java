// An implicitly typed lambda parameter whose inferred type is a captured wildcard, in a class with coroutines that is
// attributed in place (its private copy has errors): javac cannot compile it once the class has been attributed
// during processing (it looks '<captured wildcard>' up by name), so it is a tagged error that says to declare the
// type. Found in commons-lang3 by the corpus run. Attributed in a copy, it compiles (attribution/).
// ATTRIBUTION: in-place
// ERROR: [kaa.unnameable-lambda-parameter]
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class UnnameableLambdaParameter {
    @Coroutine
    InProgress<Integer> m() {
        yield_();
        return done(1);
    }

    static <E extends Enum<E>> int count(Iterable<? extends E> values, List<E> into) {
        values.forEach(constant -> into.add(constant)); // error here
        return into.size();
    }

    static int typed(Iterable<? extends Thread.State> values) {
        List<Thread.State> into = new ArrayList<>();
        values.forEach((Thread.State state) -> into.add(state));
        return into.size();
    }
}
