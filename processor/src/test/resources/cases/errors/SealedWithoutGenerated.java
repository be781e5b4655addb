// A sealed class with instance coroutines that does not permit its generated class: a tagged error that says to
// permit it, instead of javac's errors in the generated file (usertest round 10).
// ERROR: [kaa.sealed-class]
import kaa.*;
import static kaa.Async.*;

public sealed abstract class SealedWithoutGenerated permits SealedWithoutGenerated.Circle { // error here
    @Coroutine
    InProgress<String> area() {
        yield_();
        return done("area");
    }

    static final class Circle extends SealedWithoutGenerated {
    }
}
