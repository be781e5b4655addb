import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Types1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    static String show(Object o) { return o + ":" + (o == null ? "null" : o.getClass().getSimpleName()); }
    static String ov(int x) { return "int"; }
    static String ov(Integer x) { return "Integer"; }
    static String ov(Object x) { return "Object"; }
    static String ov2(double x) { return "double"; }
    static String ov2(Object x) { return "Object"; }

    @Coroutine
    InProgress<Void> run(boolean t) {
        List<String> l = yield_(later(new ArrayList<>()));
        l.add("x");
        List<String> e = yield_(later(Collections.emptyList()));
        String nul = yield_(later(null));
        Function<String, Integer> len = yield_(later(String::length));
        System.out.println(l + " " + e + " " + nul + " " + len.apply("four"));
        long wide = yield_(later(1));
        int mix = yield_(later(5)) + (int) (long) yield_(later(2L));
        System.out.println(wide + " " + mix);
        Object o1 = t ? yield_(later(1)) : yield_(later(2.0));
        Object o2 = t ? yield_(later(1)) : 2.0;
        Object o3 = t ? 1 : yield_(later("s"));
        Object o4 = t ? yield_(later('a')) : 0;
        Object o5 = t ? yield_(later(1)) : null;
        Object o6 = t ? yield_(later((short) 3)) : (byte) 1;
        Object o7 = switch (t ? 0 : 1) { case 0 -> yield_(later(1)); default -> 2.0; };
        Object o8 = t ? (Integer) null : yield_(later(1));
        System.out.println(show(o1) + " " + show(o2) + " " + show(o3) + " " + show(o4) + " " + show(o5) + " " + show(o6) + " " + show(o7));
        try {
            Object o9 = t ? yield_(later((Integer) null)) : 1;
            System.out.println("o9 " + o9);
        } catch (NullPointerException ex) {
            System.out.println("NPE o9");
        }
        System.out.println(show(o8));
        System.out.println(ov2((double) (t ? yield_(later(1)) : 2)) + " " + ov2((Object) yield_(later(1))));
        Integer big1 = yield_(later(1000)), big2 = yield_(later(1000));
        System.out.println((big1 == big2) + " " + big1.equals(big2) + " " + (yield_(later(1000)) == 1000));
        char c = t ? yield_(later('z')) : 'y';
        System.out.println(c + 1);
        System.out.println("" + (t ? yield_(later('z')) : 'y') + (char) (yield_(later('a')) + 1));
        System.out.println(yield_(later('a')) + yield_(later('b')));
        var sum = yield_(later(1)) + yield_(later(2.5f));
        System.out.println(show(sum));
        return done();
    }

    public static void main(String[] args) {
        new Types1_Coroutines().run(true).await();
    }
}
