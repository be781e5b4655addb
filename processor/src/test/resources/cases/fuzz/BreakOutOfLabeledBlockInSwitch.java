// L29: { break; } in a case of a lowered switch: the labeled block cannot complete normally (its break leaves the
// switch), but the processor takes it for one that can and writes the case's jump to after the switch once more
// after the block, where javac rejects it as an unreachable statement.
// Found by kaa-fuzzer (seed 3, batch 4 of 100, program 45, with an earlier version of the generator), minimised.
// Outcome: bad generated code, ERROR BreakOutOfLabeledBlockInSwitch_Coroutines.java:68: unreachable statement
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

public abstract class BreakOutOfLabeledBlockInSwitch {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) throws Fx.Checked {
        switch (yield_(Fx.now(E.B))) {
            case C:
                L29: {
                    break;
                }
        }
        return done("a");
    }

    String plain(int p, String q) throws Fx.Checked {
        switch (Fx.direct(Fx.now(E.B))) {
            case C:
                L29: {
                    break;
                }
        }
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new BreakOutOfLabeledBlockInSwitch() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new BreakOutOfLabeledBlockInSwitch_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain run's. */
    public static void main(String[] args) {
        Fx.main(args, BreakOutOfLabeledBlockInSwitch::runPlain, BreakOutOfLabeledBlockInSwitch::runCoroutine);
    }
}
