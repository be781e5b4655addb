// ERROR: [kaa.var-anonymous-class]
// javac itself cannot compile 'var x = new Object() {...}' in a method an annotation processor has attributed
// (it re-resolves the inferred anonymous type by name in a later round); the processor says so at the declaration.
import kaa.*;
import static kaa.Async.*;

public abstract class VarOfAnonymousClass {
    @Coroutine
    InProgress<Integer> run() {
        var counter = new Object() { int count; }; // error here
        yield_();
        counter.count++;
        return done(counter.count);
    }
}
