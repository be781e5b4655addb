// catch (Throwable d) around a yield_: the handler state declares 'Throwable d = (Throwable) thrown;', a redundant
// cast that javac's lint reports, so a -Xlint:all -Werror build of the generated code fails.
// Fixed by 2849913; kept as a regression case.
// Found by kaa-fuzzer (seed 11, batch 1 of 100, program 8), minimised from 246 to 12 tree nodes.
// Outcome: bad generated code, WARNING CatchThrowableRedundantCast_Coroutines.java:70: redundant cast to java.lang.Throwable
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=a
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class CatchThrowableRedundantCast {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) {
        try {
            final int j = yield_(Fx.now(1));
        } catch (Throwable d) {
            Fx.caught("c34", d);
        }
        return done("a");
    }

    String plain(int p, String q) {
        try {
            final int j = Fx.direct(Fx.now(1));
        } catch (Throwable d) {
            Fx.caught("c34", d);
        }
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new CatchThrowableRedundantCast() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new CatchThrowableRedundantCast_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, CatchThrowableRedundantCast::runPlain, CatchThrowableRedundantCast::runCoroutine);
    }
}
