import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| after remove(Object): [10, 20, 30, 1]
//| after remove(int): [10, 30, 1]
//| var removal: [10, 30]
//| bytes: b=127 s=-32768 c=d
//| counts=[0, 2, 1]
//| concat: 98x c1 a1
//| long math: 6000000000
//| boxed: 42 true
//| valueOf: c 99
public abstract class Inventory {
    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    static String kind(int x) {
        return "int";
    }

    static String kind(Object x) {
        return "Object";
    }

    @Coroutine
    InProgress<Void> run() {
        List<Integer> stock = new ArrayList<>(List.of(10, 1, 20, 30, 1));
        stock.remove(yield_(soon(1)));
        System.out.println("after remove(Object): " + stock);
        stock.remove((int) yield_(soon(1)));
        System.out.println("after remove(int): " + stock);
        var one = yield_(soon(1));
        stock.remove(one);
        System.out.println("var removal: " + stock);

        byte b = 120;
        b += yield_(soon(7));
        short s = Short.MAX_VALUE;
        s += yield_(soon(1));
        char c = 'a';
        c += yield_(soon(3));
        System.out.println("bytes: b=" + b + " s=" + s + " c=" + c);

        int[] counts = new int[3];
        counts[yield_(soon(1))]++;
        ++counts[yield_(soon(1))];
        counts[yield_(soon(2))] += 1;
        System.out.println("counts=" + Arrays.toString(counts));

        String concat = 'a' + 1 + yield_(soon("x"));
        String concat2 = "" + (char) ('a' + yield_(soon(2))) + 1;
        String concat3 = yield_(soon('a')) + "" + 1;
        System.out.println("concat: " + concat + " " + concat2 + " " + concat3);

        long big = 2_000_000_000;
        big *= yield_(soon(3));
        System.out.println("long math: " + big);

        Integer boxed = yield_(soon(42));
        Integer same = boxed;
        yield_();
        System.out.println("boxed: " + boxed + " " + (boxed == same) + (kind(yield_(soon(5))).equals("Object") ? "" : " WRONG OVERLOAD"));

        Character ch = yield_(soon('c'));
        System.out.println("valueOf: " + String.valueOf(yield_(soon('c'))) + " " + (ch + 0));
        return done();
    }

    public static void main(String[] args) {
        Inventory inv = new Inventory_Coroutines();
        inv.run().await();
    }
}
