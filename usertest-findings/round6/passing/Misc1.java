import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Misc1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    InProgress<String> run(int mode) {
        BinaryOperator<Integer> add = (var a, var b) -> a + b;
        int s = add.apply(yield_(later(1)), 2);
        String tb = """
            hello
            """ + yield_(later(s)) + """
            !""";
        record Pt(int x, int y) { int sum() { return x + y; } }
        enum Lvl { LO, HI }
        interface Fmt { String f(Pt p); }
        Pt p = new Pt(yield_(later(3)), 4);
        Lvl lvl = yield_(later(p.sum())) > 5 ? Lvl.HI : Lvl.LO;
        Fmt fmt = q -> q.x() + "/" + q.y();
        yield_();
        String r = tb + fmt.f(p) + lvl + p.sum();
        assert r.length() > 0 : "never";
        synchronized (this) { r += "|"; }
        int $x = yield_(later(1)), _y = 2, ñ = 3;
        r += $x + _y + ñ;
        blk: {
            if (yield_(later(mode)) == 0) break blk;
            r += "[not broken]";
        }
        int x;
        if (mode > 0) x = yield_(later(10)); else x = -10;
        final int z;
        z = yield_(later(x * 2));
        Supplier<Integer> sz = () -> z;
        { String t = "inner"; r += t.length(); }
        { int t = yield_(later(7)); r += t; }
        Object o = yield_(later(List.of(1, 2)));
        if (o instanceof List<?> l && !l.isEmpty()) r += "list" + l.size();
        try {
            switch (mode) {
                case 0 -> r += "zero";
                case 1 -> throw new IllegalStateException(yield_(later("m1")));
                default -> throw yield_(later(new UnsupportedOperationException("m2")));
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            r += " caught " + e.getMessage();
        }
        ;;
        return done(r.replace("\n", "\\n") + " " + x + " " + sz.get());
    }

    public static void main(String[] args) {
        Misc1 m = new Misc1_Coroutines();
        for (int i = 0; i < 3; i++) System.out.println(m.run(i).await());
    }
}
