// Java 21: switch (o) { case Long v -> {} default -> {} } whose selector suspends (here inside a switch expression's
// arm): the processor writes its own dispatch switch on the selector and turns every type-pattern label into
// 'default:', so the generated source has two default labels ('duplicate default label'); the type test is lost. Found
// on JDK 25 (seed 20261206, --ci-options).
// SKIP: open processor bug: a pattern switch lowered into states writes each type-pattern label (case Long v) as 'default:': duplicate default label
// RELEASE: 21
// Found by kaa-fuzzer (seed 20261206, batch 2 of 30, program 0), minimised from 176 to 21 tree nodes.
// Outcome: bad generated code, ERROR P2_0M15_Coroutines.java:76: duplicate default label
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=1
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class PatternSwitchLabelsBecomeDefault {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) throws Fx.Checked {
        String i = (switch (q) {
                default -> {
                    yield q;
                }
                case "b" -> {
                    switch (((Object) (yield_(Fx.now(0))))) {
                        case Long v -> {
                        }
                        default -> {
                        }
                    }
                    yield "a";
                }
            });
        return done(1);
    }

    static Integer plain(int p, String q) throws Fx.Checked {
        String i = (switch (q) {
                default -> {
                    yield q;
                }
                case "b" -> {
                    switch (((Object) (Fx.direct(Fx.now(0))))) {
                        case Long v -> {
                        }
                        default -> {
                        }
                    }
                    yield "a";
                }
            });
        return 1;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return PatternSwitchLabelsBecomeDefault_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, PatternSwitchLabelsBecomeDefault::runPlain, PatternSwitchLabelsBecomeDefault::runCoroutine);
    }
}
