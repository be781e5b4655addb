// p -= yield_(x) ? 5 : 4 became p = old - v ? 5 : 4: the value of a compound assignment around a yield_ was written
// without parentheses (usertest round 5, finding 01; with a + or * in the value, silently wrong results). The grammar
// wrote every operator in parentheses until TIGHT_OPERATORS, which found this within 1 000 programs.
// Found by kaa-fuzzer (seed 20261225, batch 3 of 200, program 176), minimised from 185 to 13 tree nodes.
// Outcome: bad generated code, ERROR P3_176M7_CoroutineMachines.java:57: bad operand types for binary operator '-'
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// s20=-1
// result=1
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class CompoundAssignmentOfConditionalValue {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) {
        Fx.t("s20", (p -= yield_(Fx.now(false)) ? 5 : 4));
        return Fx.now(1);
    }

    static Integer plain(int p, String q) {
        Fx.t("s20", (p -= Fx.direct(Fx.now(false)) ? 5 : 4));
        return Fx.follow(Fx.now(1));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return CompoundAssignmentOfConditionalValue_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, CompoundAssignmentOfConditionalValue::runPlain, CompoundAssignmentOfConditionalValue::runCoroutine);
    }
}
