// A protected field of a raw type in a class of another package (BeanContextMembershipEvent.children, a raw
// Collection): reading it in a body raises nothing, and X_Coroutines's accessor, which declares the raw type in its
// signature, must not warn under -Xlint:all -Werror either.
// OUTPUT:
// 2 [a, b]
import java.beans.beancontext.BeanContextMembershipEvent;
import java.beans.beancontext.BeanContextSupport;
import kaa.*;
import static kaa.Async.*;

public abstract class RawProtectedField extends BeanContextMembershipEvent {
    private static final long serialVersionUID = 1L;

    RawProtectedField() {
        super(new BeanContextSupport(), new Object[] {"a", "b"});
    }

    @Coroutine
    InProgress<String> children() {
        yield_();
        return done(children.size() + " " + children);
    }

    public static void main(String[] args) {
        System.out.println(new RawProtectedField_Coroutines().children().await());
    }
}
