// if (cond with yield_) return done(1); - the if's body is one statement without braces. The processor lowers the condition
// but copies the unbraced then-statement as written, 'return Async.done(1);', into the machine's void resume(): javac
// rejects the generated source (incompatible types: unexpected return value). With braces it is rewritten to
// returnWith(1). A user met this as 'if (yield_(x) == 2) return done(i);' not compiling.
// Found by kaa-fuzzer (seed 20261203, batch 0 of 100, program 1), minimised from 77 to 15 tree nodes.
// Outcome: bad generated code, ERROR P0_1M10_Coroutines.java:72: incompatible types: unexpected return value
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=1
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class ReturnDoneAsBareIfBody {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<Integer> co(int p, String q) {
        if (((true ? E.C : yield_(Fx.now(E.B))) == E.C))
            return done(1);
        return done(p);
    }

    Integer plain(int p, String q) {
        if (((true ? E.C : Fx.direct(Fx.now(E.B))) == E.C))
            return 1;
        return p;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new ReturnDoneAsBareIfBody() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new ReturnDoneAsBareIfBody_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, ReturnDoneAsBareIfBody::runPlain, ReturnDoneAsBareIfBody::runCoroutine);
    }
}
