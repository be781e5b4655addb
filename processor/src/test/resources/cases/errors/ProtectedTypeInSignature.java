// A parameter whose type is a protected member type of a class in another package: the state machine holds the
// parameter in a field but is not a subclass, so it cannot name the type (a corpus finding:
// java.beans.beancontext.BeanContextSupport.childJustAddedHook(Object, BCSChild)).
// ERROR: [kaa.protected-member]
import java.beans.beancontext.BeanContextSupport;
import kaa.*;
import static kaa.Async.*;

@SuppressWarnings("serial")
public abstract class ProtectedTypeInSignature extends BeanContextSupport {
    @Coroutine
    InProgress<Void> added(Object child, BCSChild entry) { // error here
        yield_();
        return done();
    }
}
