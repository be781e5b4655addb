// L6: { break; } in a lowered loop (or a case of a lowered switch): the labeled block cannot complete normally (its
// unlabeled break leaves the loop), but the processor takes it for one that can and writes the state's jump back to
// the loop condition after the block, where javac rejects it as an unreachable statement.
// Fixed by 031897b; kept as a regression case.
// Found by kaa-fuzzer (seed 20261127, batch 12 of 200, program 184), minimised from 99 to 13 tree nodes.
// Outcome: bad generated code, ERROR BreakOutOfLabeledBlock_Coroutines.java:68: unreachable statement
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// y5=0
// result=1
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class BreakOutOfLabeledBlock {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<Integer> co(int p, String q) throws Fx.Checked {
        int k1 = 0;
        while (k1++ < 1 && (true)) {
            Fx.t("y5", yield_(Fx.now(fs)));
            L6: {
                break;
            }
        }
        return done(1);
    }

    Integer plain(int p, String q) throws Fx.Checked {
        int k1 = 0;
        while (k1++ < 1 && (true)) {
            Fx.t("y5", Fx.direct(Fx.now(fs)));
            L6: {
                break;
            }
        }
        return 1;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new BreakOutOfLabeledBlock() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new BreakOutOfLabeledBlock_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, BreakOutOfLabeledBlock::runPlain, BreakOutOfLabeledBlock::runCoroutine);
    }
}
