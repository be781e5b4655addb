// An abstract class whose coroutine reads a protected field of a class in another package (through its generated
// class's accessor), and a subclass with coroutines of its own that inherits that coroutine: the subclass's generated
// class would run the inherited machine, whose accessor belongs to the superclass's generated class, which the
// subclass's is not. Reported at the subclass, which can override the coroutine.
// ERROR: [kaa.protected-member]
import java.util.AbstractList;
import kaa.*;
import static kaa.Async.*;

public abstract class InheritedCoroutineUsesProtectedMember {
    abstract static class Counting extends AbstractList<String> {
        @Coroutine
        InProgress<Integer> changes() {
            yield_();
            return done(modCount);
        }
    }

    abstract static class Named extends Counting { // error here
        @Coroutine
        InProgress<String> name() {
            yield_();
            return done("named");
        }
    }
}
