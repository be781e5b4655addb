// if (a instanceof R8(int m, var u) && true) { ...new R13(switch ... { case 1: Object z = ...; yield 3; ... }, u)...;
// yield_(...); }: the lowering jumps on the negated test, 'if (!(a instanceof R8(...))) { label = ...; continue
// dispatch; }', and javac 25 then writes stack map frames the JVM rejects (JDK-8390354). A test with a record
// pattern is now stored into a boolean first (ExpressionSpiller.spillTest; case control/RecordPatternTestsAroundYield).
// RELEASE: 21
// Found by kaa-fuzzer (seed 20261223, batch 89 of 200, program 41), minimised from 329 to 37 tree nodes.
// Outcome: divergence, trace line 1: plain 'result=1', coroutine 'call threw VerifyError: Inconsistent stackmap frames at branch target 142
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=1
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class RecordPatternTestBeforeSwitchExpression {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) {
        record R8(int a, String b) {
            String bang() {
                return b + "!";
            }

            int twice() {
                return a * 2;
            }
        }
        R8 j = new R8(1, q);
        Object a = j;
        if ((a instanceof R8(int m, var u) && true)) {
            record R13(int a, String b) {
                String bang() {
                    return b + "!";
                }

                int twice() {
                    return a * 2;
                }
            }
            R13 result = new R13((switch (1) {
                    case 1, 0:
                        Object z = ((Object) (true));
                        yield 3;
                    default:
                        throw new IllegalStateException("m16");
                }), u);
            yield_(Fx.now(1));
            Object z = result;
        }
        return done(1);
    }

    static Integer plain(int p, String q) {
        record R8(int a, String b) {
            String bang() {
                return b + "!";
            }

            int twice() {
                return a * 2;
            }
        }
        R8 j = new R8(1, q);
        Object a = j;
        if ((a instanceof R8(int m, var u) && true)) {
            record R13(int a, String b) {
                String bang() {
                    return b + "!";
                }

                int twice() {
                    return a * 2;
                }
            }
            R13 result = new R13((switch (1) {
                    case 1, 0:
                        Object z = ((Object) (true));
                        yield 3;
                    default:
                        throw new IllegalStateException("m16");
                }), u);
            Fx.direct(Fx.now(1));
            Object z = result;
        }
        return 1;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return RecordPatternTestBeforeSwitchExpression_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, RecordPatternTestBeforeSwitchExpression::runPlain, RecordPatternTestBeforeSwitchExpression::runCoroutine);
    }
}
