import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiFunction;
import kaa.*;
import static kaa.Async.*;

//| mixed=[1, a, 2.5]
//| first=1 second=a
//| pick(true)=42 pick(false)=forty-two
//| number 7.0
//| sums: 3 7 11
//| map={k1=2, k2=4}
//| concat=ab-cd
//| chars=hello
//| nums=[1, 3]
public abstract class VarEverywhere {
    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    @Coroutine
    InProgress<Void> run(boolean flag) {
        var mixed = List.of(1, "a", 2.5);
        yield_();
        System.out.println("mixed=" + mixed);
        var first = mixed.get(0);
        var second = yield_(soon(mixed.get(1)));
        System.out.println("first=" + first + " second=" + second);
        var a = flag ? 42 : "forty-two";
        var b = !flag ? 42 : "forty-two";
        yield_();
        System.out.println("pick(true)=" + a + " pick(false)=" + b);
        var n = flag ? 7 : 7.5;
        yield_();
        System.out.println("number " + n);
        var sb = new StringBuilder("sums:");
        for (var pair : new int[][] {{1, 2}, {3, 4}, {5, 6}}) {
            var s = yield_(soon(pair[0] + pair[1]));
            sb.append(' ').append(s);
        }
        System.out.println(sb);
        var map = new HashMap<String, Integer>();
        for (var i = 1; i <= 2; i++) map.put("k" + i, yield_(soon(i * 2)));
        System.out.println("map=" + map);
        BiFunction<String, String, String> join = (var x, var y) -> x + "-" + y;
        var joined = join.apply(yield_(soon("ab")), "cd");
        System.out.println("concat=" + joined);
        var chars = new ArrayList<Character>();
        for (var c : "hello".toCharArray()) {
            chars.add(c);
            yield_();
        }
        var out = new StringBuilder();
        for (var c : chars) out.append(c);
        System.out.println("chars=" + out);
        var ser = flag ? "s" : Integer.valueOf(1);
        var nums = new ArrayList<>(List.of(1, 2, 3));
        nums.removeIf(x -> x % 2 == 0);
        yield_();
        System.out.println("nums=" + nums + (ser == null ? "!" : ""));
        return done();
    }

    public static void main(String[] args) {
        VarEverywhere v = new VarEverywhere_Coroutines();
        v.run(true).await();
    }
}
