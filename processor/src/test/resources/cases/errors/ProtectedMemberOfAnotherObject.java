// A protected method of a class in another package, called on another object than this: the generated subclass's
// accessor calls it on this only (Java lets the subclass call it on any instance of the subclass, which the accessor
// cannot know 'other' is).
// ERROR: [kaa.protected-member]
import java.util.AbstractList;
import kaa.*;
import static kaa.Async.*;

public abstract class ProtectedMemberOfAnotherObject extends AbstractList<String> {
    @Coroutine
    InProgress<Integer> trim(ProtectedMemberOfAnotherObject other) {
        yield_();
        other.removeRange(0, 1); // error here
        return done(other.size());
    }
}
