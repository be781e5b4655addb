// Instance coroutines need a generated subclass, which must call a constructor (bug 02, abstract variant).
// ERROR: [kaa.private-constructors]
import kaa.*;
import static kaa.Async.*;

public abstract class OnlyPrivateConstructors {
    private OnlyPrivateConstructors() { // error here
    }

    @Coroutine
    InProgress<Integer> m() {
        yield_();
        return done(1);
    }
}
