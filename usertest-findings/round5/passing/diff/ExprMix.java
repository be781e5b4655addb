import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class ExprMix {
    static final List<String> T = new ArrayList<>();
    @Coroutine InProgress<Integer> i(int x) { yield_(); T.add("i" + x); return done(x); }
    @Coroutine InProgress<Boolean> b(boolean x) { yield_(); T.add("b" + x); return done(x); }
    @Coroutine InProgress<String> s(String x) { yield_(); T.add("s" + x); return done(x); }

    @Coroutine
    InProgress<String> run() {
        List<Object> r = new ArrayList<>();
        int[] arr = {1, 2, 3, 4};
        int k = 1;
        r.add(-yield_(i(3)) * 2);
        r.add(!yield_(b(false)) ? "neg" : "pos");
        r.add((long) yield_(i(7)) * 3);
        r.add(~yield_(i(5)) & 0xff);
        r.add(arr[yield_(i(1))]++);
        arr[yield_(i(2))] += 2 * 3;
        r.add(Arrays.toString(arr));
        r.add(k++ + yield_(i(10)) * k);
        r.add(yield_(i(2)) << yield_(i(1)) + 1);
        r.add(yield_(b(true)) ? yield_(i(1)) : yield_(i(2)) + 100);
        r.add(k == 2 && yield_(b(true)) || yield_(b(false)));
        r.add(yield_(s("ab")) instanceof String str && str.length() == 2 ? str : "no");
        r.add("x" + 1 + yield_(i(2)) + 3);
        r.add(1 + yield_(i(2)) + "x");
        Object o = yield_(b(true)) ? (Object) yield_(s("obj")) : Integer.valueOf(yield_(i(9)));
        r.add(o);
        int m = 10;
        m = m - yield_(i(3)) - (m = 1);
        r.add(m);
        int q = 4;
        q = yield_(i(2)) * (q += 1);
        r.add(q);
        int z = 5;
        r.add((z = yield_(i(8))) > 6 ? z * 2 : z);
        r.add(switch (yield_(i(2))) { case 1 -> "one"; case 2 -> yield_(s("two")) + "!"; default -> "many"; } + "?");
        return done(r.toString());
    }

    static <T> T w(InProgress<T> ip) { return ip.await(); }

    // identical body, plain Java
    String plain() {
        List<Object> r = new ArrayList<>();
        int[] arr = {1, 2, 3, 4};
        int k = 1;
        r.add(-w(i(3)) * 2);
        r.add(!w(b(false)) ? "neg" : "pos");
        r.add((long) w(i(7)) * 3);
        r.add(~w(i(5)) & 0xff);
        r.add(arr[w(i(1))]++);
        arr[w(i(2))] += 2 * 3;
        r.add(Arrays.toString(arr));
        r.add(k++ + w(i(10)) * k);
        r.add(w(i(2)) << w(i(1)) + 1);
        r.add(w(b(true)) ? w(i(1)) : w(i(2)) + 100);
        r.add(k == 2 && w(b(true)) || w(b(false)));
        r.add(w(s("ab")) instanceof String str && str.length() == 2 ? str : "no");
        r.add("x" + 1 + w(i(2)) + 3);
        r.add(1 + w(i(2)) + "x");
        Object o = w(b(true)) ? (Object) w(s("obj")) : Integer.valueOf(w(i(9)));
        r.add(o);
        int m = 10;
        m = m - w(i(3)) - (m = 1);
        r.add(m);
        int q = 4;
        q = w(i(2)) * (q += 1);
        r.add(q);
        int z = 5;
        r.add((z = w(i(8))) > 6 ? z * 2 : z);
        r.add(switch (w(i(2))) { case 1 -> "one"; case 2 -> w(s("two")) + "!"; default -> "many"; } + "?");
        return r.toString();
    }

    public static void main(String[] args) {
        ExprMix e = new ExprMix_Coroutines();
        String a = e.run().await(); List<String> ta = new ArrayList<>(T); T.clear();
        String p = e.plain(); List<String> tp = new ArrayList<>(T);
        System.out.println(a); System.out.println(p);
        System.out.println(a.equals(p) && ta.equals(tp) ? "SAME" : "DIFF\n" + ta + "\n" + tp);
    }
}
