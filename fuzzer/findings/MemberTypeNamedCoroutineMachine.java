// The user's class has a member type named CoroutineMachine (as it may have one named like any JDK or kaa type). The
// generated subclass inherits it, and its machine 'extends CoroutineMachine<...>' - written by its simple name, which
// now means the user's member: 'cannot inherit from final P.CoroutineMachine'. Names the generated file imports must be
// qualified when the user's class (or its supertypes) has a member type of that simple name.
// Found by kaa-fuzzer (seed 20261205, batch 0 of 50, program 5), minimised from 198 to 3 tree nodes.
// Outcome: bad generated code, ERROR P0_5M1_Coroutines.java:23: cannot inherit from final P0_5M1.CoroutineMachine
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=1
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class MemberTypeNamedCoroutineMachine {
    enum E { A, B, C }

    static int fs;
    int fi;

    static final class CoroutineMachine {
        static int f(int x) {
            return x * 3 + 16;
        }
    }

    @Coroutine
    InProgress<Integer> co(int p, String q) {
        return done(1);
    }

    Integer plain(int p, String q) {
        return 1;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new MemberTypeNamedCoroutineMachine() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new MemberTypeNamedCoroutineMachine_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, MemberTypeNamedCoroutineMachine::runPlain, MemberTypeNamedCoroutineMachine::runCoroutine);
    }
}
