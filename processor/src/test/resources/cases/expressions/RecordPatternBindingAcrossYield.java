// Bindings of a record pattern (Java 21) that live across yield_(): each is stored into its field after the whole
// instanceof, not inside the pattern's parentheses, where '&& (done = doneBound) != null' was a syntax error in the
// generated code (fuzzer, seed 20261213, JDK 25); a primitive component is stored with an always-true comparison.
// RELEASE: 21
// OUTPUT:
// 3 three!
// 2.5 NaN
// no match
import kaa.*;
import static kaa.Async.*;

public abstract class RecordPatternBindingAcrossYield {
    record Pair(int count, String name) {}

    record Point(double x, double y) {}

    @Coroutine
    static InProgress<String> describe(Object o) {
        if (o instanceof Pair(int count, var name) && yield_(InProgress.finished(count > 0))) {
            yield_();
            return done(count + " " + name + "!");
        }
        if (!(o instanceof Point(double x, double y))) {
            return done("no match");
        }
        yield_();
        return done(x + " " + y);
    }

    public static void main(String[] args) {
        System.out.println(RecordPatternBindingAcrossYield_Coroutines.describe(new Pair(3, "three")).await());
        System.out.println(RecordPatternBindingAcrossYield_Coroutines.describe(new Point(2.5, Double.NaN)).await());
        System.out.println(RecordPatternBindingAcrossYield_Coroutines.describe("x").await());
    }
}
