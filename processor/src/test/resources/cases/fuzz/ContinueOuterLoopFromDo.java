// do { continue L1; } while (...) copied as written inside a lowered loop L1: the do cannot complete normally (its
// continue names the outer loop), but the processor took any labeled continue for one continuing the do, appended the
// jump to the next state after it, and javac rejected that as an unreachable statement.
// Found by kaa-fuzzer (seed 20261127, batch 107 of 200, program 22), minimised from 79 to 20 tree nodes.
// Outcome: bad generated code, ERROR P107_22M11_Coroutines.java:68: unreachable statement
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=a
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kaa.*;
import kaa.InProgress;
import kaa.InProgressAbortedException;
import kaa.Main;
import kaa.ManualTicker;
import kaa.Notifier;
import static kaa.Async.*;

public abstract class ContinueOuterLoopFromDo {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) {
        L1: for (var i : new int[] {0}) {
            if (true) {
                int k4 = 0;
                do {
                    continue L1;
                } while (k4++ < 1 && (true));
            } else {
                Fx.t("y11", yield_(Fx.now("a")));
            }
        }
        return done("a");
    }

    String plain(int p, String q) {
        L1: for (var i : new int[] {0}) {
            if (true) {
                int k4 = 0;
                do {
                    continue L1;
                } while (k4++ < 1 && (true));
            } else {
                Fx.t("y11", Fx.direct(Fx.now("a")));
            }
        }
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new ContinueOuterLoopFromDo() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new ContinueOuterLoopFromDo_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, ContinueOuterLoopFromDo::runPlain, ContinueOuterLoopFromDo::runCoroutine);
    }
}
