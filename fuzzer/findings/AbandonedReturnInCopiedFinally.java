// try { return "a"; } finally { try (r = a resource whose close() throws) { return q; } catch (Unchecked u) {...} }
// with no yield_ at all: the finally's return is given up (close() throws, the catch in the finally takes it), so the
// pending return goes on with "a". The copied finally's return had stored q into the machine's result field over
// the pending value, and the coroutine returned q. Fixed by keeping the pending jump's values while a finally runs
// (Exits.keepPendingCompletion for copied finally blocks, Exits.keepReturnValues for lowered ones); case
// exceptions/AbandonedJumpKeepsPendingCompletion. Found by kaa-fuzzer (seed 20261233, batch 80, program 146),
// minimised from 211 to 22 tree nodes.
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// T5
// F5
// open r28
// use=r28
// close r28
// c34 caught Unchecked: close r28
// result=a
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class AbandonedReturnInCopiedFinally {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) throws Fx.Checked {
        try {
            Fx.t("T5");
            return done("a");
        } catch (Exception s) {
            Fx.caught("c16", s);
        } finally {
            Fx.t("F5");
            try (Fx.Res r28 = Fx.openFailing("r28")) {
                Fx.t("use", r28);
                return done(q);
            } catch (Fx.Unchecked u) {
                Fx.caught("c34", u);
            }
        }
        return done(q);
    }

    String plain(int p, String q) throws Fx.Checked {
        try {
            Fx.t("T5");
            return "a";
        } catch (Exception s) {
            Fx.caught("c16", s);
        } finally {
            Fx.t("F5");
            try (Fx.Res r28 = Fx.openFailing("r28")) {
                Fx.t("use", r28);
                return q;
            } catch (Fx.Unchecked u) {
                Fx.caught("c34", u);
            }
        }
        return q;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new AbandonedReturnInCopiedFinally() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new AbandonedReturnInCopiedFinally_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, AbandonedReturnInCopiedFinally::runPlain, AbandonedReturnInCopiedFinally::runCoroutine);
    }
}
