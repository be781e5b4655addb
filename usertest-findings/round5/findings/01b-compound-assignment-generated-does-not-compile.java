// Finding 01b (same cause as 01): when the un-parenthesized lowering of a compound assignment mistypes, the
// generated machine does not compile, and the error points into the generated file, not the user's line.
// Class: generated code does not compile.
//
// Compile:  /tmp/u5/findings/run-finding.sh 01b-compound-assignment-generated-does-not-compile.java CountFound
//           /tmp/u5/findings/run-finding.sh 01b-compound-assignment-generated-does-not-compile.java CountFound 17 17   (same on JDK 17)
// Expected: prints "2 xY"
// Actual:
//   gen/CountFound_CoroutineMachines.java:NN: error: bad operand types for binary operator '+'
//                           n = old + this.<V>awaitedValue() != null ? 1 : 0;
//     first type:  int
//     second type: V
//   gen/CountFound_CoroutineMachines.java:NN: error: bad operand types for binary operator '>'
//                           s = old_2 + this.<Integer>awaitedValue() > 1 ? "Y" : "N";
// Guess: the compound assignment `x op= e` is rewritten to `x = old op e` without parenthesizing e (a cast is
// added, with parentheses, only when narrowing is needed).
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class CountFound<V> {
    final Map<String, V> map = new HashMap<>();

    @Coroutine
    InProgress<V> load(String k) { yield_(); return done(map.get(k)); }

    @Coroutine
    InProgress<String> run(List<String> keys) {
        int n = 0;
        for (String k : keys) n += yield_(load(k)) != null ? 1 : 0;
        String s = "x";
        s += yield_(InProgress.finished(2)) > 1 ? "Y" : "N";
        return done(n + " " + s);
    }

    public static void main(String[] args) {
        CountFound<Integer> c = new CountFound_Coroutines<>();
        c.map.put("a", 1); c.map.put("b", 2);
        System.out.println(c.run(List.of("a", "b", "z")).await());
    }
}
