// An implicitly typed lambda parameter inferred from an anonymous class's own 'this', in a plain method of a class
// with coroutines attributed in place (its private copy has errors; in a copy it compiles, attribution/): javac
// cannot compile it once the class has been attributed during processing (it looks the anonymous class up again by
// a name that no longer exists); a tagged error at the parameter says what to do (the parameter's type is read from
// a copy of the method, as for every implicitly typed lambda parameter).
// ATTRIBUTION: in-place
// ERROR: [kaa.unnameable-lambda-parameter]
import java.util.function.Supplier;
import java.util.stream.Stream;
import kaa.*;
import static kaa.Async.*;

public abstract class AnonymousInferenceOfThis {
    static Supplier<String> named() {
        return new Supplier<String>() {
            final String name = "anonymous";

            @Override
            public String get() {
                return Stream.of(this).map(self -> self.name).findFirst().orElse(""); // error here
            }
        };
    }

    @Coroutine
    static InProgress<String> run() {
        yield_();
        return done(named().get());
    }
}
