import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Sw {
    sealed interface Node permits Leaf, Branch {}
    record Leaf(Object v) implements Node {}
    record Branch(String op, List<Node> kids) implements Node {}

    @Coroutine InProgress<Object> get(Object o) { yield_(); return done(o); }
    @Coroutine InProgress<Integer> len(String s) { yield_(); return done(s.length()); }

    @Coroutine
    InProgress<String> classify(Object o) {
        String r;
        switch (yield_(get(o))) {
            case null -> r = "null";
            case Integer i when i > yield_(len("abc")) -> r = "big int " + i;
            case Integer i -> r = "int " + i;
            case String s when yield_(len(s)) == 0 -> r = "empty";
            case String s -> {
                r = switch (s.charAt(0)) {
                    case 'a', 'e', 'i', 'o', 'u' -> "vowel-word";
                    default -> {
                        if (yield_(len(s)) > 5) yield "long";
                        yield "short";
                    }
                };
            }
            case Leaf(Integer v) when v < 0 -> r = "negative leaf";
            case Leaf(var v) -> r = "leaf(" + yield_(classify(v)) + ")";
            case Branch(var op, var kids) when kids.isEmpty() -> r = op + "()";
            case Branch(var op, var kids) -> {
                StringJoiner j = new StringJoiner(",", op + "(", ")");
                for (Node k : kids) j.add(yield_(classify(k)));
                r = j.toString();
            }
            default -> r = "other " + o.getClass().getSimpleName();
        }
        return done(r);
    }

    @Coroutine
    InProgress<Integer> depth(int n) {
        if (n == 0) return done(0);
        if (n % 100 == 0) yield_();
        return done(1 + yield_(depth(n - 1)));
    }

    public static void main(String[] args) {
        Sw s = new Sw_Coroutines();
        Object[] ins = {null, 7, 2, "", "apple", "zebra", "zebrafish", new Leaf(-1), new Leaf("x"), new Branch("f", List.of()),
            new Branch("g", List.of(new Leaf(5), new Branch("h", List.of()), new Leaf(List.of()))), 3.5};
        for (Object o : ins) System.out.println(s.classify(o).await());
        System.out.println(s.depth(2000).await());
    }
}
