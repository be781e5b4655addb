// L1: while (...) { if (yield_(x) == E.B) continue L1; } - the if's body is one statement without braces. The
// processor lowers the loop L1 into states (the label no longer exists in the generated code) and the if's condition,
// but copies the unbraced 'continue L1;' as written instead of rewriting it into a jump to the loop's state:
// 'undefined label: L1'. A user met this with labeled break/continue in unbraced nested statements.
// Found by kaa-fuzzer (seed 20261205, batch 0 of 50, program 9), minimised from 63 to 15 tree nodes.
// Outcome: bad generated code, ERROR P0_9M9_Coroutines.java:59: undefined label: L1
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=d
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class LabeledContinueAsBareIfBody {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        int k2 = 0;
        L1: while (k2++ < 1 && (true)) {
            if ((yield_(Fx.now(E.B)) == E.B))
                continue L1;
        }
        return done("d");
    }

    static String plain(int p, String q) {
        int k2 = 0;
        L1: while (k2++ < 1 && (true)) {
            if ((Fx.direct(Fx.now(E.B)) == E.B))
                continue L1;
        }
        return "d";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return LabeledContinueAsBareIfBody_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LabeledContinueAsBareIfBody::runPlain, LabeledContinueAsBareIfBody::runCoroutine);
    }
}
