// b |= (yield_(...) > 1) where b is never read again: b is read before the suspension and only written after it, so
// it is not hoisted; the resumed state assigns a local declared in the earlier state ('cannot find symbol: b').
// Fixed by 2849913; kept as a regression case.
// Found by kaa-fuzzer (seed 12, batch 1 of 100, program 5), minimised from 103 to 13 tree nodes.
// Outcome: bad generated code, ERROR DeadStoreAfterYield_Coroutines.java:55: cannot find symbol
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class DeadStoreAfterYield {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) {
        boolean b = true;
        b |= (yield_(Fx.now(p)) > 1);
        return done(q);
    }

    String plain(int p, String q) {
        boolean b = true;
        b |= (Fx.direct(Fx.now(p)) > 1);
        return q;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new DeadStoreAfterYield() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new DeadStoreAfterYield_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, DeadStoreAfterYield::runPlain, DeadStoreAfterYield::runCoroutine);
    }
}
