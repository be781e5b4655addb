// The user's class has a member type named Iterator; a for-each over a List whose iterable suspends is lowered with
// an 'Iterator<Integer>' local in the machine, which now means the user's member: 'type P.Iterator does not take
// parameters'. The same bug as MemberTypeNamedCoroutineMachine.
// Found by kaa-fuzzer (seed 20261205, batch 1 of 50, program 38), minimised from 130 to 12 tree nodes.
// Outcome: bad generated code, ERROR P1_38M6_Coroutines.java:30: type P1_38M6.Iterator does not take parameters
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=b
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class MemberTypeNamedIterator {
    enum E { A, B, C }

    static int fs;
    int fi;

    static final class Iterator {
        static int f(int x) {
            return x * 3 + 8;
        }
    }

    @Coroutine
    static InProgress<String> co(int p, String q) throws Fx.Checked {
        for (int n : List.of(1, yield_(Fx.now(p)), 1)) {
        }
        return Fx.now("b");
    }

    static String plain(int p, String q) throws Fx.Checked {
        for (int n : List.of(1, Fx.direct(Fx.now(p)), 1)) {
        }
        return Fx.follow(Fx.now("b"));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return MemberTypeNamedIterator_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, MemberTypeNamedIterator::runPlain, MemberTypeNamedIterator::runCoroutine);
    }
}
