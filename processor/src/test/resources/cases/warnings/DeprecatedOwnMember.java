// Bug 15: javac does not warn about deprecated members used inside the outermost class that declares them, so
// the body copied into the generated class must not warn either, for deprecation or for removal.
// A deprecated coroutine is overridden by its generated method, which must not warn either.
// OUTPUT:
// 1
// 2
// 3
// 4
import kaa.*;
import static kaa.Async.*;

public abstract class DeprecatedOwnMember {
    @Deprecated
    static int legacy() {
        return 1;
    }

    @Deprecated(forRemoval = true)
    static int doomed = 2;

    @Deprecated
    static final class Old {
        int three() {
            return 3;
        }
    }

    @Coroutine
    static InProgress<Integer> m() {
        yield_();
        return done(legacy());
    }

    @Coroutine
    InProgress<Integer> n() {
        int value = doomed;
        yield_();
        return done(value);
    }

    @Coroutine
    InProgress<Integer> o() {
        Old old = new Old();
        yield_();
        return done(old.three());
    }

    @Deprecated
    @Coroutine
    InProgress<Integer> p() {
        yield_();
        return done(4);
    }

    public static void main(String[] args) {
        System.out.println(DeprecatedOwnMember_Coroutines.m().await());
        DeprecatedOwnMember instance = new DeprecatedOwnMember_Coroutines();
        System.out.println(instance.n().await());
        System.out.println(instance.o().await());
        System.out.println(instance.p().await());
    }
}
