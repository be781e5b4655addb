// switch (p) { default -> Fx.id("arm15", 1); } inside a lowered try: a switch statement whose rules are expression
// statements can complete normally (JLS 14.22), but the processor takes it for one that cannot, so the state ends
// without its jump, and the next state ('// unreachable') is reached by falling through: javac's fallthrough lint
// fails the -Werror build. Since 4789a66 (switch statements that cannot complete).
// Fixed by 2849913; kept as a regression case.
// Found by kaa-fuzzer (seed 12, batch 2 of 100, program 36), minimised from 143 to 23 tree nodes.
// Outcome: bad generated code, WARNING ArrowSwitchWithExpressionRules_Coroutines.java:54: possible fall-through into case
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// arm15=1
// k17=true
// c20 caught Checked: k17
// y21=A
// result=0
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class ArrowSwitchWithExpressionRules {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<Integer> co(int p, String q) {
        try {
            switch (p) {
                default -> Fx.id("arm15", 1);
            }
            Fx.check("k17", true);
        } catch (Fx.Unchecked | Fx.Checked label) {
            Fx.caught("c20", label);
            Fx.t("y21", yield_(Fx.now(E.A)));
        }
        return done(fi);
    }

    Integer plain(int p, String q) {
        try {
            switch (p) {
                default -> Fx.id("arm15", 1);
            }
            Fx.check("k17", true);
        } catch (Fx.Unchecked | Fx.Checked label) {
            Fx.caught("c20", label);
            Fx.t("y21", Fx.direct(Fx.now(E.A)));
        }
        return fi;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new ArrowSwitchWithExpressionRules() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new ArrowSwitchWithExpressionRules_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, ArrowSwitchWithExpressionRules::runPlain, ArrowSwitchWithExpressionRules::runCoroutine);
    }
}
