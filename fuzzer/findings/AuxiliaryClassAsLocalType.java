// The user's file declares a second, package-private top-level class (an auxiliary class, here ...Box) and the
// coroutine has a local of that type. The generated ..._Coroutines.java names that class (the local's field in the
// machine), and javac's -Xlint:auxiliaryclass warns 'auxiliary class ...Box in /....java should not be accessed from
// outside its own source file': with -Werror the build fails. The local is not even live across a yield_ here.
// Found by kaa-fuzzer (seed 20261205, batch 0 of 50, program 19), minimised from 127 to 6 tree nodes.
// Outcome: bad generated code, WARNING P0_19M1_Coroutines.java:40: auxiliary class P0_19M1Box in /P0_19M1.java should not be accessed from outside its own source file
// The expected output is the plain Java run of the same body (yield_(x) replaced by x's outcome).
// OUTPUT:
// result=2
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import kaa.fuzz.support.Fx;
import static kaa.Async.*;

public abstract class AuxiliaryClassAsLocalType {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<Integer> co(int p, String q) throws Fx.Checked {
        AuxiliaryClassAsLocalTypeBox b = new AuxiliaryClassAsLocalTypeBox(1);
        return done(2);
    }

    static Integer plain(int p, String q) throws Fx.Checked {
        AuxiliaryClassAsLocalTypeBox b = new AuxiliaryClassAsLocalTypeBox(1);
        return 2;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return AuxiliaryClassAsLocalType_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, AuxiliaryClassAsLocalType::runPlain, AuxiliaryClassAsLocalType::runCoroutine);
    }
}

final class AuxiliaryClassAsLocalTypeBox {
    final int v;

    AuxiliaryClassAsLocalTypeBox(int v) {
        this.v = v;
    }

    @Override
    public String toString() {
        return "box" + v;
    }
}
