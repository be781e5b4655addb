// The user's class has a member type named Override. The generated subclass inherits it, so its '@Override' on the
// coroutine's overriding method means the member class: 'incompatible types: P.Override cannot be converted to
// java.lang.annotation.Annotation'. The same bug as MemberTypeNamedCoroutineMachine: names the generated file writes
// by their simple names are captured by member types of the user's class.
// Found by kaa-fuzzer (seed 20261205, batch 1 of 50, program 36), minimised from 97 to 3 tree nodes.
// Outcome: bad generated code, ERROR P1_36M2_Coroutines.java:33: incompatible types: P1_36M2.Override cannot be converted to java.lang.annotation.Annotation
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=a
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class MemberTypeNamedOverride {
    enum E { A, B, C }

    static int fs;
    int fi;

    static final class Override {
        static int f(int x) {
            return x * 3 + 8;
        }
    }

    @Coroutine
    static InProgress<String> co(int p, String q) {
        return done("a");
    }

    static String plain(int p, String q) {
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return MemberTypeNamedOverride_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, MemberTypeNamedOverride::runPlain, MemberTypeNamedOverride::runCoroutine);
    }
}
