// A return inside a try-with-resources without yield_ (copied as written into its state), inside a lowered
// try/finally: the generated jump set the machine's label to the finally state before leaving the copied statement,
// so when close() threw on the way out, the exception was handled as thrown by the finally state and the finally was
// skipped. Now the label is set only once the copied try has been left (Exits.Leave).
// The first divergence the fuzzer found: in the second 100 000-program campaign (the first on this lowering was
// clean: a copied try-with-resources left by a jump, with a failing close(), inside a lowered try, is rare).
// Found by kaa-fuzzer (seed 20261129, batch 225 of 200, program 116), minimised from 237 to 27 tree nodes.
// Outcome: divergence, trace line 7: plain 'F2', coroutine 'threw Unchecked: close r28'
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// T2
// s26=1
// open r28
// use=r28
// k30=false
// close r28
// F2
// threw Unchecked: close r28
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class ReturnOutOfCopiedTryWithResources {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) {
        try {
            Fx.t("T2");
            Fx.t("s26", yield_(Fx.now(1)));
            try (Fx.Res r28 = Fx.openFailing("r28")) {
                Fx.t("use", r28);
                Fx.check("k30", ("a").isEmpty());
                return done(6);
            } catch (Fx.Checked x) {
                Fx.caught("c31", x);
            }
        } finally {
            Fx.t("F2");
        }
        return done(1);
    }

    static Integer plain(int p, String q) {
        try {
            Fx.t("T2");
            Fx.t("s26", Fx.direct(Fx.now(1)));
            try (Fx.Res r28 = Fx.openFailing("r28")) {
                Fx.t("use", r28);
                Fx.check("k30", ("a").isEmpty());
                return 6;
            } catch (Fx.Checked x) {
                Fx.caught("c31", x);
            }
        } finally {
            Fx.t("F2");
        }
        return 1;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return ReturnOutOfCopiedTryWithResources_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, ReturnOutOfCopiedTryWithResources::runPlain, ReturnOutOfCopiedTryWithResources::runCoroutine);
    }
}
