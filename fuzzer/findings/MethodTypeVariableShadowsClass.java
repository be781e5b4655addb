// class P<T> with an instance coroutine '<T> InProgress<String> co(...)': the method's T shadows the class's. The
// generated machine class declares the class's type variables and the method's, so T twice: 'type variable T is
// already defined in class ..._Coroutines.CoMachine'. The method's T needs a fresh name in the machine.
// SKIP: not a bug any more: a coroutine type variable that shadows its class's is the tagged error [kaa.shadowed-type-variable] (case errors/ShadowedTypeVariable). The generator names the class's type variable C now.
// Found by kaa-fuzzer (seed 20261205, batch 0 of 50, program 10), minimised from 110 to 3 tree nodes.
// Outcome: bad generated code, ERROR P0_10M1_Coroutines.java:23: type variable T is already defined in class P0_10M1_Coroutines.CoMachine
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=a
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class MethodTypeVariableShadowsClass<T> {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    <T> InProgress<String> co(int p, String q) {
        return done("a");
    }

    <T> String plain(int p, String q) {
        return "a";
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new MethodTypeVariableShadowsClass<String>() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new MethodTypeVariableShadowsClass_Coroutines<String>().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, MethodTypeVariableShadowsClass::runPlain, MethodTypeVariableShadowsClass::runCoroutine);
    }
}
