// if (o instanceof E j) { ...yield_(...)...; switch (j) {...} }: the binding j is live across a suspension in the
// then-branch, but the processor does not hoist pattern bindings: the state after the yield_ reads j, which no longer
// exists there ('cannot find symbol: variable j'). Found by the CI batch (seed 20240505).
// Found by kaa-fuzzer (seed 20240505, batch 4 of 100, program 98), minimised from 166 to 26 tree nodes.
// Outcome: bad generated code, ERROR PatternBindingAcrossYield_Coroutines.java:79: cannot find symbol
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class PatternBindingAcrossYield {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        if ((((Object) (yield_(Fx.now("e")))) instanceof E j)) {
            for (int k15 = 0; k15 < 1 && (true); k15++) {
                return done(Integer.toString(yield_(Fx.now(1))));
            }
            if ((switch (j) {
                    default:
                    case B:
                        yield false;
                })) {
            }
        }
        return done(q);
    }

    static String plain(int p, String q) {
        if ((((Object) (Fx.direct(Fx.now("e")))) instanceof E j)) {
            for (int k15 = 0; k15 < 1 && (true); k15++) {
                return Integer.toString(Fx.direct(Fx.now(1)));
            }
            if ((switch (j) {
                    default:
                    case B:
                        yield false;
                })) {
            }
        }
        return q;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return PatternBindingAcrossYield_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, PatternBindingAcrossYield::runPlain, PatternBindingAcrossYield::runCoroutine);
    }
}
