import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Expr1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    static int f(int... xs) { return xs.length * 100 + Arrays.stream(xs).sum(); }
    record P(int a, String b) {}

    @Coroutine
    InProgress<Void> run() {
        int a = 3, b = 4, c = 5;
        System.out.println(a + b * yield_(later(6)) - c);
        System.out.println(a << yield_(later(2)) | c);
        System.out.println(a - b - yield_(later(1)) - c);
        System.out.println(a / yield_(later(2)) * c % 4);
        boolean t = true, ff = false;
        System.out.println(!yield_(later(t)) && ff || t);
        System.out.println(yield_(later(ff)) || !ff && yield_(later(ff)));
        System.out.println(a > 2 ? b > 10 ? "x" : yield_(later("y")) : c > 1 ? "z" : "w");
        System.out.println(yield_(later(a)) < 2 ? "lo" : yield_(later(b)) < 5 ? "mid" : "hi");
        System.out.println("" + 1 + yield_(later(2)) + 3);
        System.out.println(1 + 2 + yield_(later("s")) + 1 + 2);
        System.out.println(1 + yield_(later(2)) + "s" + yield_(later(3)) + 4);
        int i = 10;
        i += yield_(later(5));
        i -= yield_(later(3)) * 2;
        i <<= yield_(later(2));
        i %= yield_(later(7));
        System.out.println(i);
        long L = 1L << 40;
        L >>>= yield_(later(3));
        L += yield_(later(Integer.MAX_VALUE));
        System.out.println(L);
        char ch = 'a';
        ch += yield_(later(2));
        ch++;
        System.out.println(ch);
        byte by = 120;
        by += yield_(later(10));
        System.out.println(by);
        short sh = 5;
        sh *= yield_(later(1000));
        System.out.println(sh);
        double d = 1.5;
        d *= yield_(later(3)) + 1;
        d /= yield_(later(2.0));
        System.out.println(d);
        String s = "x";
        s += yield_(later(1)) + 2;
        s += 'c';
        s += yield_(later('q'));
        System.out.println(s);
        int k = 0;
        int r = k++ + yield_(later(k)) + ++k + yield_(later(k++)) + k;
        System.out.println(r + " " + k);
        int[] arr = {1, 2, 3, 4};
        int j = 0;
        arr[j++] += yield_(later(10));
        arr[j++] *= yield_(later(j)) + arr[j];
        arr[yield_(later(3))] -= j--;
        System.out.println(Arrays.toString(arr) + " " + j);
        Object o = yield_(later((Object) "hello"));
        if (o instanceof String str && yield_(later(str.length())) > 3) System.out.println("str " + str);
        System.out.println(o instanceof Integer n ? n + 1 : yield_(later(o)) instanceof String q ? q.toUpperCase() : "?");
        long cast = (long) yield_(later(7)) * (int) (double) yield_(later(2.9));
        System.out.println(cast);
        System.out.println(yield_(later("  padded  ")).trim().length());
        System.out.println(new P(yield_(later(1)), yield_(later("b"))));
        System.out.println(f(yield_(later(1)), 2, yield_(later(3))));
        System.out.println(f());
        System.out.println(String.format("%s-%d-%s", yield_(later("a")), yield_(later(2)), "c"));
        int[][] grid = {{yield_(later(1)), 2}, {3, yield_(later(4))}};
        System.out.println(Arrays.deepToString(grid));
        Integer[] boxes = new Integer[] {yield_(later(9)), null};
        System.out.println(Arrays.toString(boxes));
        Runnable run = () -> System.out.println("lambda");
        run.run();
        List<Integer> li = new ArrayList<>(List.of(3, 1, 2));
        li.sort(Comparator.naturalOrder());
        li.replaceAll(x -> x * yieldless());
        li.add(yield_(later(li.size())));
        System.out.println(li.stream().map(String::valueOf).reduce("", String::concat) + yield_(later(li)).size());
        Integer boxed = yield_(later(5));
        boxed++;
        boxed += yield_(later(boxed));
        System.out.println(boxed);
        int m = -yield_(later(3)) + ~yield_(later(0));
        System.out.println(m);
        System.out.println(yield_(later(6)) == 6 ^ yield_(later(false)));
        System.out.println((yield_(later(5)) & 3) + (yield_(later(8)) >> 1));
        return done();
    }
    static int yieldless() { return 2; }

    public static void main(String[] args) {
        new Expr1_Coroutines().run().await();
    }
}
