// switch (y) over a local enum with a yield_ in a case: the selector is kept in a temporary declared Enum<?>, and
// 'switch (selector) { case Z: }' over an Enum<?> is a pattern switch to javac 17 ("patterns in switch statements
// are a preview feature"). The selector is now cast back to the local enum. Found by the fuzzer, seed 20261210.
// OUTPUT:
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalEnumSwitchAcrossYield {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    static InProgress<String> co(int p, String q) {
        enum K9 {
            X, Y, Z;

            int w() {
                return ordinal() * 3 + 1;
            }
        }
        K9 y = K9.values()[Math.floorMod(1, 3)];
        switch (y) {
            case Z:
                yield_();
        }
        return done(q);
    }

    static String plain(int p, String q) {
        enum K9 {
            X, Y, Z;

            int w() {
                return ordinal() * 3 + 1;
            }
        }
        K9 y = K9.values()[Math.floorMod(1, 3)];
        switch (y) {
            case Z:
                Fx.slice();
        }
        return q;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return LocalEnumSwitchAcrossYield_Coroutines.co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LocalEnumSwitchAcrossYield::runPlain, LocalEnumSwitchAcrossYield::runCoroutine);
    }
}
