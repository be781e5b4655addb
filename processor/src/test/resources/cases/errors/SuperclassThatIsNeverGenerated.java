// ERROR: cannot find symbol
// A class with coroutines whose superclass never comes to exist (a misspelt generated name): the processor waits for it
// round after round and then leaves it to javac, whose own error is the only one.
import kaa.*;
import static kaa.Async.*;

public abstract class SuperclassThatIsNeverGenerated {
    abstract static class Base {
        @Coroutine
        InProgress<String> who() {
            yield_();
            return done("base");
        }
    }

    abstract static class Sub extends SuperclassThatIsNeverGenerated_Bsae_Coroutines { // error here
        @Coroutine
        InProgress<String> other() {
            yield_();
            return done("sub");
        }
    }
}
