// do { continue L3; } while (...) inside the lowered loop L3: the do cannot complete normally (its body always
// continues the outer loop), but the processor takes the labeled continue for one that targets the do, and writes
// the state's jump after it, where javac rejects it as an unreachable statement. The same mistake as
// BreakOutOfLabeledBlock: a jump to an outer lowered statement counted as a jump to the inner one.
// Fixed by 93bb442; kept as a regression case.
// Found by kaa-fuzzer (seed 20261127, batch 324 of 200, program 90), minimised from 108 to 14 tree nodes.
// Outcome: bad generated code, ERROR ContinueOuterLoopFromDo_Coroutines.java:76: unreachable statement
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=3
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class ContinueOuterLoopFromDo {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) throws Fx.Checked {
        int k4 = 0;
        L3: while (k4++ < 1 && (yield_(Fx.now(true)))) {
            int k6 = 0;
            do {
                continue L3;
            } while (k6++ < 1 && (true));
        }
        return Fx.now(p);
    }

    static Integer plain(int p, String q) throws Fx.Checked {
        int k4 = 0;
        L3: while (k4++ < 1 && (Fx.direct(Fx.now(true)))) {
            int k6 = 0;
            do {
                continue L3;
            } while (k6++ < 1 && (true));
        }
        return Fx.follow(Fx.now(p));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return ContinueOuterLoopFromDo_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, ContinueOuterLoopFromDo::runPlain, ContinueOuterLoopFromDo::runCoroutine);
    }
}
