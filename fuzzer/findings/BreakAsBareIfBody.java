// while (...) { if (yield_(Fx.later(E.B)) == E.B) break; ... } - the if's body is an unbraced 'break;'. The processor
// lowers the loop and the if's condition but copies the unbraced 'break;' verbatim into its state, where it leaves
// the machine's dispatch switch instead of the user's loop: the coroutine fails with a NullPointerException where
// plain Java prints k=1 (with braces it is right). A user's report: 'if (yield_(x) > 0) break;' fails at run time.
// The same bug as ReturnDoneAsBareIfBody and LabeledContinueAsBareIfBody, which javac catches at compile time.
// Written by hand from LabeledContinueAsBareIfBody (fuzzer finding, seed 20261205, batch 0 of 50, program 9).
// Outcome: divergence, coroutine 'threw NullPointerException: Cannot invoke "kaa.InProgress.exception()" because "ip" is null'
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// k=1
// result=d
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class BreakAsBareIfBody {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        int k2 = 0;
        while (k2++ < 3 && (true)) {
            if ((yield_(Fx.later(E.B)) == E.B))
                break;
            Fx.t("in", k2);
        }
        Fx.t("k", k2);
        return done("d");
    }

    static String plain(int p, String q) {
        int k2 = 0;
        while (k2++ < 3 && (true)) {
            if ((Fx.direct(Fx.later(E.B)) == E.B))
                break;
            Fx.t("in", k2);
        }
        Fx.t("k", k2);
        return "d";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return BreakAsBareIfBody_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, BreakAsBareIfBody::runPlain, BreakAsBareIfBody::runCoroutine);
    }
}
