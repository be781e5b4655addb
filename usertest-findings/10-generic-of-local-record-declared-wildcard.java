// FINDING 10: a local declared with a generic type over a local record (List<Pair>, BinaryOperator<Pair>) is
// declared with wildcards in the generated code (List<?>, BinaryOperator<?>), so its uses do not compile. No
// yield_ needs to be involved in the declaration; it fails even when the local is not hoisted.
//
// Command: javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror -cp kaa-runtime.jar \
//            -processorpath kaa-processor.jar:javapoet-0.22.0.jar K4.java && java -cp o:kaa-runtime.jar K4
// Expected: prints 3.
// Actual (JDK 17 and 25):
//   o/K4_CoroutineMachines.java:55: error: incompatible types: CAP#1 cannot be converted to Pair
//                           for (Pair p : ps) s += p.b();
// Variant (K1): record Pair(int b) {}  BinaryOperator<Pair> better = (x, y) -> x.b() >= y.b() ? x : y;
//   generated: BinaryOperator<?> better = (x, y) -> x.b() >= y.b() ? x : y;
//   error: cannot find symbol  symbol: method b()  (twice)
//   Same with no yield_ before it at all. Contrast: `var ps = new ArrayList<Pair>()` (hoisted) compiles on JDK 17,
//   its reads are cast back to ((ArrayList<Pair>) ps).
// Diagnosis: the declared type of locals is rewritten with a "nameable outside the method" version of the type
//   (local record -> Record, type argument -> ?), which is needed for hoisted fields, but is also applied to
//   declarations that stay locals in one state, where the local record is in scope (the machine already names
//   Pair in the casts, so Pair is nameable there). Same family as 03/04/05.
// Realistic trigger: a coroutine that collects rows into a local record and sorts/streams them (my P1/J1 probes
//   and the first version of Game.rank).
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class K4 {
    @Coroutine
    InProgress<Integer> sum() {
        record Pair(int b) {}
        yield_();
        List<Pair> ps = List.of(new Pair(1), new Pair(2));
        int s = 0;
        for (Pair p : ps) s += p.b();
        return done(s);
    }

    public static void main(String[] args) {
        System.out.println(new K4_Coroutines().sum().await());
    }
}
