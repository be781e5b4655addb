// Owner.this.fi inside an anonymous class (new Supplier<Integer>() { ... Owner.this.fi ... }) in a statement that
// suspends: the processor copies the anonymous class as written into the machine, a static nested class of the
// generated subclass, where Owner.this names no enclosing instance: 'not an enclosing class'. (self.fi works.)
// Found by kaa-fuzzer (seed 20261203, batch 0 of 100, program 14), minimised from 193 to 10 tree nodes.
// Outcome: bad generated code, ERROR P0_14M8_Coroutines.java:45: not an enclosing class: P0_14M8
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=a
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class OuterThisInAnonymousClass {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) {
        yield_(Fx.now(("c" + new Supplier<Integer>() { public Integer get() { return OuterThisInAnonymousClass.this.fi + 8; } }.get())));
        return done("a");
    }

    String plain(int p, String q) {
        Fx.direct(Fx.now(("c" + new Supplier<Integer>() { public Integer get() { return OuterThisInAnonymousClass.this.fi + 8; } }.get())));
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new OuterThisInAnonymousClass() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new OuterThisInAnonymousClass_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, OuterThisInAnonymousClass::runPlain, OuterThisInAnonymousClass::runCoroutine);
    }
}
