// A labeled do statement whose body always throws cannot complete normally: the processor used to append its
// 'body ended without return' throw after it, which javac rejects as unreachable. Fixed by 4789a66; kept as a
// regression case.
// Found by kaa-fuzzer (seed 4, batch 5 of 100, program 8, with an earlier version of the generator), minimised.
// Outcome: bad generated code, ERROR DoThatAlwaysThrows_Coroutines.java:48: unreachable statement
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// threw Checked: m4
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class DoThatAlwaysThrows {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) throws Fx.Checked {
        int k2 = 0;
        L1: do {
            throw new Fx.Checked("m4");
        } while (k2++ < 1 && (true));
    }

    String plain(int p, String q) throws Fx.Checked {
        int k2 = 0;
        L1: do {
            throw new Fx.Checked("m4");
        } while (k2++ < 1 && (true));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new DoThatAlwaysThrows() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new DoThatAlwaysThrows_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, DoThatAlwaysThrows::runPlain, DoThatAlwaysThrows::runCoroutine);
    }
}
