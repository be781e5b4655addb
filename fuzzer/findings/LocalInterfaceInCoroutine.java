// A local interface (with an abstract and a default method) in a coroutine body: the processor re-emits it at the top
// of resume() as 'abstract class F6 { int f(int x); default int g(int x_) {...} }': 'modifier default not allowed
// here' and 'missing method body'. A lambda implementing it would not compile either.
// Found by kaa-fuzzer (seed 20261203, batch 0 of 100, program 29), minimised from 178 to 14 tree nodes.
// Outcome: bad generated code, ERROR P0_29M5_Coroutines.java:38: modifier default not allowed here
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// c34 caught IllegalStateException: m13
// result=5
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class LocalInterfaceInCoroutine {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) {
        try {
            interface F6 {
                int f(int x);

                default int g(int x) {
                    return f(x) + 1;
                }
            }
            Fx.t("y14", yield_(Fx.<E>failLater(new IllegalStateException("m13")), Fx.Checked.class));
        } catch (Fx.Checked | IllegalStateException value) {
            Fx.caught("c34", value);
        }
        return done(5);
    }

    static Integer plain(int p, String q) {
        try {
            interface F6 {
                int f(int x);

                default int g(int x) {
                    return f(x) + 1;
                }
            }
            Fx.t("y14", Fx.direct(Fx.<E>failLater(new IllegalStateException("m13")), Fx.Checked.class));
        } catch (Fx.Checked | IllegalStateException value) {
            Fx.caught("c34", value);
        }
        return 5;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return LocalInterfaceInCoroutine_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LocalInterfaceInCoroutine::runPlain, LocalInterfaceInCoroutine::runCoroutine);
    }
}
