// Finding 04 (missing capability; documented in README "What the processor rejects", but wide-reaching):
// in a class that declares any @Coroutine, an implicitly typed lambda parameter whose type is a captured
// wildcard is a compile error EVEN IN PLAIN METHODS that have nothing to do with coroutines. The idiom
// `xs.stream().mapToDouble(x -> x.doubleValue())` over a `Collection<? extends Number>` is everyday Java, so
// adding one coroutine to an existing class can break unrelated helpers. The message is clear and the fix
// (`(Number x) -> ...`) is easy, but a user would reasonably expect untouched methods to keep compiling.
// (README nit: the paragraph announces "two things javac itself cannot compile" and then lists three.)
//
// Reproduce (from /tmp/usertest3/findings):
//   M=~/.m2/repository; RT=$M/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar
//   PROC=$M/io/github/kaajava/kaa-processor/0.1.0-SNAPSHOT/kaa-processor-0.1.0-SNAPSHOT.jar:$M/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar
//   mkdir -p /tmp/p4 && cp 04-wildcard-lambda-in-plain-method.java /tmp/p4/Stats.java && javac -d /tmp/p4/out -cp $RT -processorpath $PROC /tmp/p4/Stats.java
// Expected: compiles and prints 2.5 (mean() is not a coroutine and is not touched by the processor).
// Actual:
//   Stats.java:27: error: [kaa.unnameable-lambda-parameter] javac infers the type capture#117 of ? extends
//   java.lang.Number for the lambda parameter 'x', which no source can name, and it cannot compile that
//   inference once an annotation processor has analysed the class ... Declare the parameter's type ...
// Guess: the processor attributes the whole class's trees, and javac's later re-attribution of the
//   already-attributed lambda fails on the captured type, so the processor pre-emptively rejects it class-wide.
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Stats {
    // a plain helper, no coroutine involved: fails to compile only because the class also has a coroutine
    static double mean(Collection<? extends Number> xs) {
        return xs.stream().mapToDouble(x -> x.doubleValue()).average().orElse(0);
    }

    @Coroutine
    InProgress<Double> meanLater(List<Integer> xs) {
        yield_();
        return done(mean(xs));
    }

    public static void main(String[] a) {
        System.out.println(new Stats_Coroutines().meanLater(List.of(1, 2, 3, 4)).await());
    }
}
