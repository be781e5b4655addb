// A protected field inherited from a class of another package, incremented: the state machine is not a subclass of
// AbstractList, and the generated subclass lends it a read and a plain assignment of modCount, not an increment
// (a read and a write at once). Reads, plain assignments and calls are cases/basics/ProtectedMembersOfSuperclass.
// ERROR: [kaa.protected-member]
import java.util.AbstractList;
import kaa.*;
import static kaa.Async.*;

public abstract class ProtectedMemberFromOtherPackage extends AbstractList<String> {
    @Coroutine
    InProgress<Integer> changes() {
        yield_();
        modCount++; // error here
        return done(modCount);
    }

    int changesDirectly() {
        return modCount++;
    }
}
