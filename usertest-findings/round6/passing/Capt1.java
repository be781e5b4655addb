import java.io.Serializable;
import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Capt1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    InProgress<String> lambdas(List<?> wild, List<? extends Number> nums) {
        List<Supplier<String>> sups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int j = yield_(later(i * 10));
            String s = "s" + i;
            sups.add(() -> j + s);
            yield_();
        }
        for (String w : List.of("a", "b")) {
            sups.add(() -> w + w);
            yield_(later(w));
        }
        var it = wild.iterator();
        var first = it.next();
        yield_();
        var second = it.next();
        var n0 = nums.get(0);
        yield_(later(n0));
        var lub = wild.size() > 5 ? 1 : "str";
        yield_();
        Comparable<?> cmp = lub;
        Serializable ser = lub;
        StringBuilder out = new StringBuilder();
        for (Supplier<String> s : sups) out.append(s.get()).append(',');
        Function<Integer, Integer> inc = x -> x + 1;
        return done(out + " " + first + second + " " + n0.intValue() + " " + lub + cmp + ser + inc.apply(4));
    }

    public static void main(String[] args) {
        System.out.println(new Capt1_Coroutines().lambdas(List.of("p", 'q'), List.of(2.5, 3)).await());
    }
}
