import java.util.HashMap;
import java.util.Map;
import kaa.*;
import static kaa.Async.*;

//| sum=15 product=120
//| arr=[0, 11, 20, 3]
//| i=2
//| s=start-a-b
//| bits=40 masked=8 xor=13
//| long total=10000000000
//| field counter=7
//| map={x=5}
//| d=2.5
//| evaluation order: [idx, val]
//| ternary=30
//| logic: true false
public abstract class Compound {
    int counter = 2;
    final java.util.List<String> order = new java.util.ArrayList<>();

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    int idx(int i) {
        order.add("idx");
        return i;
    }

    InProgress<Integer> val(int v) {
        order.add("val");
        return soon(v);
    }

    @Coroutine
    InProgress<Void> run() {
        int sum = 0, product = 1;
        for (int k = 1; k <= 5; k++) {
            sum += yield_(soon(k));
            product *= yield_(soon(k));
        }
        System.out.println("sum=" + sum + " product=" + product);
        int[] arr = {0, 1, 2, 3};
        int i = 1;
        arr[i++] += yield_(soon(10));
        arr[i] *= yield_(soon(10));
        System.out.println("arr=" + java.util.Arrays.toString(arr));
        System.out.println("i=" + i);
        String s = "start";
        s += "-" + yield_(soon("a"));
        s += '-';
        s += yield_(soon("b"));
        System.out.println("s=" + s);
        int bits = 5;
        bits <<= yield_(soon(3));
        int masked = bits & yield_(soon(0b1100));
        int xor = masked ^ yield_(soon(5));
        System.out.println("bits=" + bits + " masked=" + masked + " xor=" + xor);
        long total = 0;
        total += yield_(soon(5_000_000_000L));
        total += yield_(soon(5_000_000_000L));
        System.out.println("long total=" + total);
        counter += yield_(soon(5));
        System.out.println("field counter=" + counter);
        Map<String, Integer> map = new HashMap<>();
        map.merge("x", yield_(soon(2)), Integer::sum);
        map.merge("x", yield_(soon(3)), Integer::sum);
        System.out.println("map=" + map);
        double d = 10;
        d /= yield_(soon(4));
        System.out.println("d=" + d);
        int[] target = new int[3];
        target[idx(1)] = yield_(val(7));
        System.out.println("evaluation order: " + order);
        int t = (yield_(soon(true)) ? 10 : 20) + yield_(soon(20));
        System.out.println("ternary=" + t);
        boolean a = yield_(soon(1)) == 1 || yield_(soon(2)) == 3;
        boolean b = yield_(soon(false)) && yield_(soon(true));
        System.out.println("logic: " + a + " " + b);
        return done();
    }

    public static void main(String[] args) {
        Compound c = new Compound_Coroutines();
        c.run().await();
    }
}
