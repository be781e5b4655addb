// FINDING 08 (JDK 25 only): an implicitly typed lambda whose parameter's type is a local record/class is mangled in
// the generated source: `i -> i.price()` becomes `Item i.price()`, `(a, b) -> ...` becomes `(Entry -> ...`.
//
// Command (JDK 25, any --release):
//   /usr/lib/jvm/temurin-25-jdk-amd64/bin/javac -d o --release 17 -Xlint:all -Xlint:-processing -Werror \
//     -cp kaa-runtime.jar -processorpath kaa-processor.jar:javapoet-0.22.0.jar V5.java
//   && /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp o:kaa-runtime.jar V5
// Expected: prints 3 (it does on JDK 17).
// Actual (JDK 25):
//   o/V5_CoroutineMachines.java:56: error: ')' or ',' expected
//                           returnWith(((List<Item>) items).stream().mapToInt(Item i.price()).sum());
//   Without the yield_() (so nothing is hoisted) the same: mapToInt(Item i.price()).
//   With two parameters (entries.sort((a, b) -> b.score() - a.score()) on an ArrayList<Entry>):
//                           ((ArrayList<Entry>) entries).sort((Entry -> b.score() - a.score());
//   The same with `var` in an enhanced for over a local record (JDK 25 only; JDK 17 prints 1):
//     record Pair(int b) {}  var ps = new ArrayList<Pair>(); ps.add(new Pair(1)); yield_(); int s = 0;
//     for (var p : ps) s += p.b();
//   generated:  for (Pairp : ((ArrayList<Pair>) ps)) s += p.b();    error: bad initializer for for-loop
//   And with `var` lambda parameters (JDK 25): BinaryOperator<Pair> better = (var x, var y) -> ...;
//   generated:  better = (Pairx, Pairy) -> x.b() >= y.b() ? x : y;    error: cannot find symbol
//   (`try (var r = new Res())` with a local class Res, and the record pattern `Pair(var a, var b)`, are fine.)
//   An explicitly typed lambda ((Entry a, Entry b) -> ...) or a member record instead of a local one compiles.
// Diagnosis (a guess from the output): the processor rewrites references to local types by source position; JDK 25's javac gives the
//   synthetic type tree of an implicit lambda parameter a position (the parameter name's, or the whole '(a, b)'
//   list's), so the "type" is printed over the parameter text. Implicit lambda parameters have no source type to
//   rewrite: skip trees whose type is implicit (JCVariableDecl.declaredUsingVar()/isImplicitlyTyped, or
//   vartype position == name position / end position missing) when rewriting.
// Realistic trigger: any stream or sort over a local record in a coroutine (my Game.rank program, JDK 25 run).
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class V5 {
    @Coroutine
    InProgress<Integer> total() {
        record Item(int price) {}
        List<Item> items = List.of(new Item(1), new Item(2));
        yield_();
        return done(items.stream().mapToInt(i -> i.price()).sum());
    }

    public static void main(String[] args) {
        System.out.println(new V5_Coroutines().total().await());
    }
}
