// ERROR: [kaa.unsupported]
// A local class that extends an inner class moves into the machine's resume(), where the processor gives it a
// constructor that passes the coroutine's this as the outer instance ('self.super()'); one that declares its own
// constructors would need each of them rewritten, which the processor does not do yet.
import kaa.*;
import static kaa.Async.*;

public abstract class LocalClassOfInnerClassWithConstructor {
    class Named {
    }

    @Coroutine
    InProgress<String> describe(int n) {
        yield_();
        class Numbered extends Named { // error here
            final int number;

            Numbered(int number) {
                this.number = number;
            }
        }
        Numbered numbered = new Numbered(n);
        yield_();
        return done("number " + numbered.number);
    }
}
