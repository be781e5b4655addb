// RELEASE: 21
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| ok 42
//| err: not a number: x
//| ok 7
//| point on axis x=3
//| point 2,5 sum 7
//| guarded: small, big, even-big
//| collected: [ok 1, ok 2, err: not a number: b]
public abstract class Results21 {
    sealed interface Result<T> permits Ok, Err {}
    record Ok<T>(T value) implements Result<T> {}
    record Err<T>(String message) implements Result<T> {}
    record Point(int x, int y) {}

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    @Coroutine
    static InProgress<Result<Integer>> parse(String s) {
        yield_();
        try {
            return done(new Ok<>(Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return done(new Err<>("not a number: " + s));
        }
    }

    @Coroutine
    static <T> InProgress<String> render(Result<T> r) {
        return done(switch (r) {
            case Ok<T>(var v) -> "ok " + yield_(soon(v));
            case Err<T>(String msg) -> "err: " + msg;
        });
    }

    @Coroutine
    static InProgress<String> where(Object o) {
        if (o instanceof Point(var x, var y) && yield_(soon(y == 0))) {
            return done("point on axis x=" + x);
        } else if (o instanceof Point(int x, int y)) {
            int sum = yield_(soon(x + y));
            return done("point " + x + "," + y + " sum " + sum);
        }
        return done("not a point");
    }

    @Coroutine
    static InProgress<String> guarded(List<Integer> xs) {
        var sb = new StringBuilder("guarded:");
        String sep = " ";
        for (Integer x : xs) {
            String label = switch (x) {
                case Integer i when i < 10 -> "small";
                case Integer i when yield_(soon(i % 2 == 0)) -> "even-big";
                case Integer i -> "big";
            };
            sb.append(sep).append(label);
            sep = ", ";
        }
        return done(sb.toString());
    }

    @Coroutine
    static InProgress<List<String>> collect(String... inputs) {
        var out = new java.util.ArrayList<String>();
        for (String in : inputs) {
            Result<Integer> r = yield_(parse(in));
            out.add(yield_(render(r)));
        }
        return done(out);
    }

    public static void main(String[] args) {
        System.out.println(Results21_Coroutines.render(Results21_Coroutines.parse("42").await()).await());
        System.out.println(Results21_Coroutines.render(Results21_Coroutines.parse("x").await()).await());
        System.out.println(Results21_Coroutines.render(new Ok<>(7)).await());
        System.out.println(Results21_Coroutines.where(new Point(3, 0)).await());
        System.out.println(Results21_Coroutines.where(new Point(2, 5)).await());
        System.out.println(Results21_Coroutines.guarded(List.of(3, 11, 12)).await());
        System.out.println("collected: " + Results21_Coroutines.collect("1", "2", "b").await());
    }
}
