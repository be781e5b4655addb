import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Expr2 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    static class Holder { int count = 1; int[] arr = {1, 2, 3}; int idx; }
    final Holder h = new Holder();
    int calls;
    Holder holder() { calls++; return h; }
    static <A, B> B apply(A a, Function<A, B> f) { return f.apply(a); }

    @Coroutine
    InProgress<Void> run(boolean flag) {
        int[] a = new int[4];
        int i = 1, j = 2;
        a[i] = a[j] = yield_(later(9));
        System.out.println(Arrays.toString(a));
        int x = 1, y = 2;
        x = y += yield_(later(3));
        System.out.println(x + " " + y);
        int r = (x = yield_(later(4))) + x;
        System.out.println(r + " " + x);
        i = i++ + yield_(later(10));
        System.out.println(i);
        i = 0;
        a[i] = i = yield_(later(2));
        System.out.println(Arrays.toString(a) + i);
        x = 10;
        x -= x = yield_(later(3));
        System.out.println(x);
        holder().count += yield_(later(5));
        holder().arr[holder().idx++] *= yield_(later(7));
        System.out.println(h.count + " " + Arrays.toString(h.arr) + " " + h.idx + " calls " + calls);
        int k = 0;
        boolean b = k++ > 0 && yield_(later(true)) || k++ > 0 & yield_(later(true));
        System.out.println(b + " " + k);
        int[][] grid = new int[yield_(later(2))][yield_(later(3))];
        System.out.println(grid.length + "x" + grid[1].length);
        int cap = yield_(later(42));
        Runnable anon = new Runnable() {
            @Override public void run() { System.out.println("anon " + cap); }
        };
        yield_();
        anon.run();
        Supplier<String> sup = yield_(later(flag)) ? () -> "lamA" : () -> "lamB";
        Comparator<String> cmp = !flag ? yield_(later(Comparator.<String>naturalOrder())) : (p, q) -> q.compareTo(p);
        BinaryOperator<Integer> op = flag ? Integer::sum : yield_(later((p, q) -> p * q));
        System.out.println(sup.get() + " " + cmp.compare("a", "b") + " " + op.apply(3, 4));
        int len = apply(yield_(later("xyz")), s -> s.length() * 2);
        System.out.println(len + " " + this.<String>id(yield_(later("id"))) + Collections.<Integer>emptyList());
        Map<String, List<Integer>> m = new HashMap<>(yield_(later(Map.of("k", List.of(1)))));
        System.out.println(m);
        String str = "hello";
        System.out.println(str.charAt(yield_(later(1))) + str.substring(yield_(later(2)), yield_(later(4))));
        StringBuilder[] sbs = {new StringBuilder("0"), new StringBuilder("1")};
        int sbi = 0;
        sbs[sbi++].append(yield_(later("+")));
        System.out.println(sbs[0] + " " + sbs[1] + " " + sbi);
        long big = Integer.MAX_VALUE;
        big += yield_(later(1)) + Integer.MAX_VALUE;
        int ov = Integer.MAX_VALUE;
        ov += yield_(later(1L));
        System.out.println(big + " " + ov);
        char c = 'A';
        c *= yield_(later(1.5));
        System.out.println(c);
        float fl = 0.1f;
        fl += yield_(later(0.2));
        System.out.println(fl);
        return done();
    }
    <T> T id(T t) { return t; }

    public static void main(String[] args) {
        new Expr2_Coroutines().run(true).await();
    }
}
