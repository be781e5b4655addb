import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Misc2 {
    enum Kind { A, B, C }
    @Coroutine InProgress<Integer> i(Integer x) { yield_(); return done(x); }
    @Coroutine InProgress<Kind> k(Kind x) { yield_(); return done(x); }

    @Coroutine
    InProgress<String> run() {
        List<String> r = new ArrayList<>();
        BiFunction<Integer, Integer, Integer> add = (var x, var y) -> x + y;
        r.add("" + add.apply(yield_(i(2)), yield_(i(3))));
        r.add(switch (yield_(k(Kind.B))) { case Kind.A -> "a"; case B -> "b" + yield_(i(1)); case C -> "c"; });
        long l = yield_(i(7));
        double d = yield_(i(7)) / 2;
        r.add(l + " " + d);
        String tb = """
            total: %d
              next: "%s"
            """.formatted(yield_(i(42)), yield_(k(Kind.C)));
        r.add(tb.strip().replace("\n", "|"));
        try {
            int bad = yield_(i(null));
            r.add("no npe " + bad);
        } catch (NullPointerException e) {
            r.add("npe");
        }
        Integer boxed = yield_(i(null));
        r.add(boxed == null ? "null ok" : "??");
        return done(String.join("; ", r));
    }

    public static void main(String[] args) {
        System.out.println(new Misc2_Coroutines().run().await());
    }
}
