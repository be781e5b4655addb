// if (o instanceof Integer state) { } else { return ...; } - as the else cannot complete normally, the binding state
// is in scope after the if (JLS 6.3.2.2) and is read after a yield_. The processor hoists it into a field but never
// stores the matched value there, so the coroutine reads null and throws NullPointerException where the plain run
// returns normally: a divergence in behaviour, not a compile error. Found by the CI batch (seed 20240505).
// Found by kaa-fuzzer (seed 20240505, batch 5 of 100, program 12), minimised from 132 to 23 tree nodes.
// Outcome: divergence, trace line 1: plain 'result=q', coroutine 'threw NullPointerException: Cannot invoke "java.lang.Integer.intValue()" because "this.state" is null'
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class PatternBindingAfterIfIsNull {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        if ((((Object) (p)) instanceof Integer state)) {
        } else {
            return Fx.now("a");
        }
        yield_(Fx.now((yield_(Fx.now(3)) == (p / state))));
        return Fx.now(q);
    }

    static String plain(int p, String q) {
        if ((((Object) (p)) instanceof Integer state)) {
        } else {
            return Fx.follow(Fx.now("a"));
        }
        Fx.direct(Fx.now((Fx.direct(Fx.now(3)) == (p / state))));
        return Fx.follow(Fx.now(q));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return PatternBindingAfterIfIsNull_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, PatternBindingAfterIfIsNull::runPlain, PatternBindingAfterIfIsNull::runCoroutine);
    }
}
