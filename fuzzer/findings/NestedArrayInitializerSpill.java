// int[][] u = new int[][] {{1, 1}, {yield_(Fx.now(p))}}: to keep the left-to-right order, the processor spills the
// elements before the yield_ into locals, but an inner array initializer is no expression on its own: the generated
// 'operand = {1, 1};' does not parse (illegal start of expression). It needs 'new int[] {1, 1}'.
// Found by kaa-fuzzer (seed 20261204, batch 0 of 50, program 4), minimised from 213 to 12 tree nodes.
// Outcome: bad generated code, ERROR P0_4M4_Coroutines.java:46: illegal start of expression
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=0
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class NestedArrayInitializerSpill {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<Integer> co(int p, String q) {
        int[][] u = new int[][] {{1, 1}, {yield_(Fx.now(p))}};
        return done(fi);
    }

    Integer plain(int p, String q) {
        int[][] u = new int[][] {{1, 1}, {Fx.direct(Fx.now(p))}};
        return fi;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new NestedArrayInitializerSpill() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new NestedArrayInitializerSpill_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, NestedArrayInitializerSpill::runPlain, NestedArrayInitializerSpill::runCoroutine);
    }
}
