// An instance field that is by itself the value of an arrow rule of a switch expression ('case -1 -> fi;') is copied
// as written instead of as 'self.fi': the static machine class does not compile ('non-static variable fi').
// Fixed by 1d3eefb; kept as a regression case.
// Found by kaa-fuzzer (seed 12, batch 9 of 100, program 37), minimised from 129 to 14 tree nodes.
// Outcome: bad generated code, ERROR FieldAsSwitchRuleValue_Coroutines.java:46: non-static variable fi cannot be referenced from a static context
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=a
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class FieldAsSwitchRuleValue {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) throws Fx.Checked {
        L15: for (int u : new int[] {1, (switch (p) {
                default -> 1;
                case -1 -> fi;
            })}) {
        }
        return done("a");
    }

    String plain(int p, String q) throws Fx.Checked {
        L15: for (int u : new int[] {1, (switch (p) {
                default -> 1;
                case -1 -> fi;
            })}) {
        }
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new FieldAsSwitchRuleValue() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new FieldAsSwitchRuleValue_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, FieldAsSwitchRuleValue::runPlain, FieldAsSwitchRuleValue::runCoroutine);
    }
}
