// v[(yield_(...)) & 3] += p: the compound assignment is spilled by copying its target's text, yield_ included, into
// both the read of the old value and the store: the generated code calls Async.yield_ (a compile error,
// [kaa.yield-outside-coroutine]) and would evaluate the index, and suspend, twice.
// Fixed by 1d3eefb; kept as a regression case.
// Found by kaa-fuzzer (seed 11, batch 1 of 100, program 20), minimised from 136 to 16 tree nodes.
// Outcome: bad generated code, ERROR YieldInCompoundAssignmentIndex_Coroutines.java:44: [kaa.yield-outside-coroutine] yield_() only works inside a method annotated @Coroutine. Annotate 'resume' with @Coroutine, or use InProgress.await() / connect() in or...
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=5
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class YieldInCompoundAssignmentIndex {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) throws Fx.Checked {
        var v = new int[] {p, 6, p, 2};
        return Fx.now((v[(yield_(Fx.now(p))) & 3] += p));
    }

    static Integer plain(int p, String q) throws Fx.Checked {
        var v = new int[] {p, 6, p, 2};
        return Fx.direct(Fx.now((v[(Fx.direct(Fx.now(p))) & 3] += p)));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return YieldInCompoundAssignmentIndex_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, YieldInCompoundAssignmentIndex::runPlain, YieldInCompoundAssignmentIndex::runCoroutine);
    }
}
