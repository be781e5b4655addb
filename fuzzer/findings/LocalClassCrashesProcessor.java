// A local class (here B7, and C7 extends B7) in a coroutine body, even with no yield_ near it: the processor crashes
// with IllegalArgumentException 'Unexpected type nesting: B7' from javapoet's ClassName.get on the local class's
// type (kaa.internal-error). Local enums crash the same way ('Unexpected type nesting: K5').
// Found by kaa-fuzzer (seed 20261203, batch 0 of 100, program 2), minimised from 176 to 4 tree nodes.
// Outcome: processor error, ERROR P0_2M2.java:7: [kaa.internal-error] kaa-processor failed on 'P0_2M2' (this is a bug in kaa-processor, please report it): java.lang.IllegalArgumentException: Unexpected type nesting: B7
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class LocalClassCrashesProcessor {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) {
        class B7 {
            final int v;

            B7(int v) {
                this.v = v;
            }

            int get() {
                return v + 0;
            }

            @java.lang.Override
            public String toString() {
                return "B7:" + get();
            }
        }
        class C7 extends B7 {
            C7(int v) {
                super(v * 2);
            }

            @java.lang.Override
            int get() {
                return super.get() + 1;
            }
        }
        return done(q);
    }

    String plain(int p, String q) {
        class B7 {
            final int v;

            B7(int v) {
                this.v = v;
            }

            int get() {
                return v + 0;
            }

            @java.lang.Override
            public String toString() {
                return "B7:" + get();
            }
        }
        class C7 extends B7 {
            C7(int v) {
                super(v * 2);
            }

            @java.lang.Override
            int get() {
                return super.get() + 1;
            }
        }
        return q;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new LocalClassCrashesProcessor() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new LocalClassCrashesProcessor_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LocalClassCrashesProcessor::runPlain, LocalClassCrashesProcessor::runCoroutine);
    }
}
