// K4.values()[Math.floorMod(yield_(x), 3)] with K4 a local enum: the array is evaluated before the yield_ into a
// temporary declared Enum<?>[] (a field cannot name a local type), and the element read from it was assigned to a
// K4 without a cast back: "Enum<?> cannot be converted to K4". Temporaries holding local types (and arrays of them)
// are now cast back where they are read (ExpressionSpiller.read). Found by the fuzzer, seed 20261210.
// OUTPUT:
// result=q
import java.util.List;
import java.util.function.Supplier;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalEnumArrayAcrossYield {
    enum E { A, B, C }

    static int fs;
    int fi;

    @Coroutine
    InProgress<String> co(int p, String q) {
        enum K4 {
            X, Y, Z;

            int w() {
                return ordinal() * 3 + 1;
            }
        }
        K4 w = K4.values()[Math.floorMod(yield_(Fx.now(1)), 3)];
        return done(q);
    }

    String plain(int p, String q) {
        enum K4 {
            X, Y, Z;

            int w() {
                return ordinal() * 3 + 1;
            }
        }
        K4 w = K4.values()[Math.floorMod(Fx.direct(Fx.now(1)), 3)];
        return q;
    }

    public static Object runPlain() throws Exception {
        fs = 0;
        return new LocalEnumArrayAcrossYield() {}.plain(3, "q");
    }

    public static InProgress<?> runCoroutine() throws Exception {
        fs = 0;
        return new LocalEnumArrayAcrossYield_Coroutines().co(3, "q");
    }

    /** Prints the coroutine run's trace; with the argument {@code plain}, the plain one. */
    public static void main(String[] args) {
        Fx.main(args, LocalEnumArrayAcrossYield::runPlain, LocalEnumArrayAcrossYield::runCoroutine);
    }
}
