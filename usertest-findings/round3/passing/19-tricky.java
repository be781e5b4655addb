// Passing program 19: flow-scoped pattern bindings across yield_, anonymous Comparator, local class across yield_, switch fall-through with yield_, (var a, var b) lambdas
// Build/run: javac -d out -cp $RT -processorpath $PROC Tricky.java && java -cp out:$RT Tricky   (RT/PROC as in findings headers)
// Expected output:
//   abc:3 | not a string
//   [a, b, c]
//   acc=13
//   1: one two three default
//   2: two
//   3: three default
//   4: default
//   sum=18
import java.time.Duration;
import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Tricky {
    @Coroutine
    InProgress<String> flow(Object o) {
        if (!(o instanceof String s)) {
            return done("not a string");
        }
        yield_();
        var n = s.length();
        while (!(o instanceof CharSequence cs && cs.length() > 100)) {
            yield_();
            return done(s + ":" + n);
        }
        return done("long");
    }

    @Coroutine
    InProgress<String> anon(List<String> words) {
        var prefix = "w";
        yield_();
        Comparator<String> cmp = new Comparator<String>() {
            @Override public int compare(String a, String b) { return (prefix + a).compareTo(prefix + b); }
        };
        var sorted = new ArrayList<>(words);
        sorted.sort(cmp);
        return done(sorted.toString());
    }

    @Coroutine
    InProgress<String> local(int k) {
        var base = k * 2;
        class Acc {
            int total = base;
            void add(int x) { total += x; }
        }
        var acc = new Acc();
        for (var i = 0; i < 3; i++) {
            acc.add(yield_(InProgress.finished(i)));
            yield_();
        }
        return done("acc=" + acc.total);
    }

    @SuppressWarnings("fallthrough")
    @Coroutine
    InProgress<String> fallthrough(int x) {
        var sb = new StringBuilder();
        switch (x) {
            case 1:
                sb.append("one ");
                yield_();
            case 2:
                sb.append("two ");
                if (yield_(InProgress.finished(x)) == 2) break;
            case 3: {
                sb.append("three ");
            }
            default:
                sb.append("default");
        }
        return done(sb.toString().trim());
    }

    @Coroutine
    InProgress<String> lambdas(List<Integer> xs) {
        BiFunction<Integer, Integer, Integer> add = (var a, var b) -> a + b;
        final var factor = yield_(InProgress.finished(3));
        Function<Integer, Integer> scale = x -> x * factor;
        var sum = 0;
        for (final var x : xs) {
            yield_();
            sum = add.apply(sum, scale.apply(x));
        }
        return done("sum=" + sum);
    }

    public static void main(String[] a) {
        Tricky t = new Tricky_Coroutines();
        System.out.println(t.flow("abc").await() + " | " + t.flow(42).await());
        System.out.println(t.anon(List.of("b", "c", "a")).await());
        System.out.println(t.local(5).await());
        for (int i = 1; i <= 4; i++) System.out.println(i + ": " + t.fallthrough(i).await());
        System.out.println(t.lambdas(List.of(1, 2, 3)).await());
    }
}
