// var y = List.of(Integer.valueOf(1), Long.valueOf(3L)) has the type List<Number & Comparable<...> & Constable &
// ConstantDesc>, which cannot be written. Live across a yield_, it is hoisted into a field of type List<?>, so
// y.get(0).intValue() after the suspension no longer compiles (cannot find symbol: method intValue()). A field type
// that keeps the bound (List<? extends Number>, or the intersection's erasure) would.
// Found by kaa-fuzzer (seed 20261203, batch 0 of 100, program 18), minimised from 229 to 14 tree nodes.
// Outcome: bad generated code, ERROR P0_18M7_Coroutines.java:53: cannot find symbol
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// u22=4
// result=a
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class LubListVarAcrossYield {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        var y = List.of(Integer.valueOf(1), Long.valueOf(3L));
        yield_(Fx.now("c"));
        Fx.t("u22", y.get(0).intValue() + y.get(1).longValue());
        return done("a");
    }

    static String plain(int p, String q) {
        var y = List.of(Integer.valueOf(1), Long.valueOf(3L));
        Fx.direct(Fx.now("c"));
        Fx.t("u22", y.get(0).intValue() + y.get(1).longValue());
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return LubListVarAcrossYield_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LubListVarAcrossYield::runPlain, LubListVarAcrossYield::runCoroutine);
    }
}
