// try (r34; Fx.Res r35 = ...) copied as written comes out as 'try (r34 Fx.Res r35 = ...)': the ';' between an
// existing-variable resource and the next declared resource is dropped when the type is spliced ('= expected').
// Fixed by 2849913; kept as a regression case.
// Found by kaa-fuzzer (seed 12, batch 7 of 100, program 9), minimised from 204 to 12 tree nodes.
// Outcome: bad generated code, ERROR ExistingResourceBeforeAnother_Coroutines.java:45: = expected
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// open r34
// open r35
// use=r34
// use=r35
// close r35
// close r34
// threw Unchecked: close r35
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class ExistingResourceBeforeAnother {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) {
        final Fx.Res r34 = Fx.open("r34");
        try (r34; Fx.Res r35 = Fx.openFailing("r35")) {
            Fx.t("use", r34);
            Fx.t("use", r35);
        }
        return done(q);
    }

    String plain(int p, String q) {
        final Fx.Res r34 = Fx.open("r34");
        try (r34; Fx.Res r35 = Fx.openFailing("r35")) {
            Fx.t("use", r34);
            Fx.t("use", r35);
        }
        return q;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new ExistingResourceBeforeAnother() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new ExistingResourceBeforeAnother_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, ExistingResourceBeforeAnother::runPlain, ExistingResourceBeforeAnother::runCoroutine);
    }
}
