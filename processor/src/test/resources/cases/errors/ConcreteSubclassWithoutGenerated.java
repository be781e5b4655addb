// A concrete subclass of a class with coroutines that does not extend the generated class would run the body
// unprocessed.
// ERROR: [kaa.unprocessed-subclass]
import kaa.*;
import static kaa.Async.*;

public abstract class ConcreteSubclassWithoutGenerated {
    @Coroutine
    InProgress<String> who() {
        yield_();
        return done("who");
    }
}

class Concrete extends ConcreteSubclassWithoutGenerated { // error here
}
