// if (o instanceof String u && true) return done(4); then a switch whose case declares a resource and a
// try-with-resources: the machine, valid Java, is compiled by javac 17 into a class the JVM rejects ("Inconsistent
// stackmap frames"), where the plain method runs; javac 25 compiles the same machine correctly. A javac 17 bug
// (plain reproducer: fuzzer/javac17-bugs/Javac17BindingRegisterStackmap.java, like JDK-8358801) that the machine's
// shape meets: the copied if jumps to another state while its binding's false jump is pending. Found by kaa-fuzzer
// (seed 20261234, batch 163, program 105, JDK 17), minimised from 177 to 30 tree nodes.
// Worked around: a test with a pattern is stored into a boolean first (ExpressionSpiller.spillTest), also in a
// copied if.
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=4
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class BindingTestBeforeCopiedSwitch {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<Integer> co(int p, String q) throws Fx.Checked {
        if ((((Object) ("a")) instanceof String u && true)) {
            return done(4);
        }
        switch (1) {
            case -1:
                final Fx.Res r9 = Fx.open("r9");
                try (r9) {
                    Fx.t("use", r9);
                    return Fx.now(-1);
                } catch (ArithmeticException u) {
                    Fx.caught("c13", u);
                }
                break;
            case 0:
                break;
            case 2:
        }
        return Fx.now(1);
    }

    Integer plain(int p, String q) throws Fx.Checked {
        if ((((Object) ("a")) instanceof String u && true)) {
            return 4;
        }
        switch (1) {
            case -1:
                final Fx.Res r9 = Fx.open("r9");
                try (r9) {
                    Fx.t("use", r9);
                    return Fx.follow(Fx.now(-1));
                } catch (ArithmeticException u) {
                    Fx.caught("c13", u);
                }
                break;
            case 0:
                break;
            case 2:
        }
        return Fx.follow(Fx.now(1));
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new BindingTestBeforeCopiedSwitch() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new BindingTestBeforeCopiedSwitch_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, BindingTestBeforeCopiedSwitch::runPlain, BindingTestBeforeCopiedSwitch::runCoroutine);
    }
}
