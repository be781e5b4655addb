// The binding of if (!(o instanceof String m)) { try { return ip; } finally { ... } ... } is in scope after the if;
// the copied if was wrapped in the labeled block that jumps out of copied try statements use (leave: { ... }),
// which ended that scope: "cannot find symbol: m". Fixed: such bindings become fields (Exits.hoistBindingsOfCondition).
// Found by kaa-fuzzer (seed 20261215, batch 13 of 200, program 51), minimised from 190 to 21 tree nodes.
// Outcome: bad generated code, ERROR P13_51M12_CoroutineMachines.java:74: cannot find symbol
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// T17
// F17
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class NegatedBindingAfterCopiedTry {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        if (!(((Object) (E.A)) instanceof String m)) {
            try {
                Fx.t("T17");
                return Fx.now(q);
            } catch (Throwable u) {
                Fx.caught("c43", u);
            } finally {
                Fx.t("F17");
            }
            return done(q);
        }
        return Fx.now(m);
    }

    static String plain(int p, String q) {
        if (!(((Object) (E.A)) instanceof String m)) {
            try {
                Fx.t("T17");
                return Fx.follow(Fx.now(q));
            } catch (Throwable u) {
                Fx.caught("c43", u);
            } finally {
                Fx.t("F17");
            }
            return q;
        }
        return Fx.follow(Fx.now(m));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return NegatedBindingAfterCopiedTry_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, NegatedBindingAfterCopiedTry::runPlain, NegatedBindingAfterCopiedTry::runCoroutine);
    }
}
