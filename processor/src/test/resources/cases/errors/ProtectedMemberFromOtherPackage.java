// A protected member inherited from a class of another package: the state machine is not a subclass of it, so it
// cannot reach it (a corpus finding: java.awt.Component.accessibleContext).
// ERROR: [kaa.protected-member]
import java.util.AbstractList;
import kaa.*;
import static kaa.Async.*;

public abstract class ProtectedMemberFromOtherPackage extends AbstractList<String> {
    @Coroutine
    InProgress<Integer> changes() {
        yield_();
        return done(modCount); // error here
    }

    int changesDirectly() {
        return modCount;
    }
}
