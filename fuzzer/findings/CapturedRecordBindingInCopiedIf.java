// RELEASE: 21
// The record pattern's binding c, made a field because the if is wrapped in the labeled block of the return inside
// the copied try/finally, was read by the anonymous class through a copy taken before the if ran (0, not p).
// Fixed: a lambda or class in the statement that matched the binding reads its bound local (cBound).
// Found by kaa-fuzzer (seed 20261217, batch 71 of 200, program 89), minimised from 242 to 31 tree nodes.
// Outcome: divergence, trace line 1: plain 'u17=-1', coroutine 'u17=2'
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// u17=-1
// result=3
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class CapturedRecordBindingInCopiedIf {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<Integer> co(int p, String q) {
        record R5(int a, String b) {
            String bang() {
                return b + "!";
            }

            int twice() {
                return a * 2;
            }
        }
        var w = new R5(p, "a");
        Object label = w;
        if ((label instanceof R5(int c, var x) && true)) {
            interface F15 {
                int f(int x);

                default int g(int x) {
                    return f(x) + 1;
                }
            }
            F15 a = new F15() { public int f(int x16) { return x16 - c; } };
            Fx.t("u17", a.g(1));
        } else
            try {
                Fx.t("T20");
                return done(p);
            } finally {
                Fx.t("F20");
            }
        return Fx.now(p);
    }

    Integer plain(int p, String q) {
        record R5(int a, String b) {
            String bang() {
                return b + "!";
            }

            int twice() {
                return a * 2;
            }
        }
        var w = new R5(p, "a");
        Object label = w;
        if ((label instanceof R5(int c, var x) && true)) {
            interface F15 {
                int f(int x);

                default int g(int x) {
                    return f(x) + 1;
                }
            }
            F15 a = new F15() { public int f(int x16) { return x16 - c; } };
            Fx.t("u17", a.g(1));
        } else
            try {
                Fx.t("T20");
                return p;
            } finally {
                Fx.t("F20");
            }
        return Fx.follow(Fx.now(p));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new CapturedRecordBindingInCopiedIf() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new CapturedRecordBindingInCopiedIf_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, CapturedRecordBindingInCopiedIf::runPlain, CapturedRecordBindingInCopiedIf::runCoroutine);
    }
}
