// A compound assignment whose value has an operator around its yield_(): 'a *= yield_(x) + 1' is
// 'a = old * (v + 1)', not 'a = old * v + 1' (usertest round 5, finding 01: wrong results; with ?: or a comparison
// in the value, generated code that did not compile). Locals, a field, an array element, strings, a generic value,
// a narrowing byte and a shift.
// OUTPUT:
// 30 9 10 15 8 30
// 30 4
// x3 xY
// 1
// 9 8
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class CompoundAssignmentOfOperatorValue {
    int total = 10;

    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }

    @Coroutine
    InProgress<String> numbers() {
        int a = 10;
        a *= yield_(later(2)) + 1;
        int b = 10;
        b -= yield_(later(2)) - 1;
        int d = 100;
        d /= yield_(later(2)) * 5;
        int e = 10;
        e += yield_(later(2)) == 2 ? 5 : 7;
        int c = 2;
        c *= switch (yield_(later(2))) {
            case 2 -> 3;
            default -> 4;
        } + 1;
        int f = 10;
        f *= 1 + yield_(later(2));
        return done(a + " " + b + " " + d + " " + e + " " + c + " " + f);
    }

    @Coroutine
    InProgress<String> locations() {
        int[] values = {0, 10};
        total *= yield_(later(2)) + 1;
        values[1] -= yield_(later(2)) * 3;
        return done(total + " " + values[1]);
    }

    @Coroutine
    static InProgress<String> strings() {
        String s = "x";
        s += 1 + yield_(later(2));
        String t = "x";
        t += yield_(later(2)) > 1 ? "Y" : "N";
        return done(s + " " + t);
    }

    @Coroutine
    static <V> InProgress<Integer> count(InProgress<V> value) {
        int n = 0;
        n += yield_(value) != null ? 1 : 0;
        return done(n);
    }

    @Coroutine
    @SuppressWarnings("lossy-conversions") // javac 20 and later: byte *= int; the point here
    static InProgress<String> narrowing() {
        byte small = 3;
        small *= yield_(later(2)) + 1;
        long bits = 1;
        bits <<= yield_(later(2)) + 1;
        return done(small + " " + bits);
    }

    public static void main(String[] args) {
        CompoundAssignmentOfOperatorValue coroutines = new CompoundAssignmentOfOperatorValue_Coroutines();
        System.out.println(coroutines.numbers().await());
        System.out.println(coroutines.locations().await());
        System.out.println(CompoundAssignmentOfOperatorValue_Coroutines.strings().await());
        System.out.println(CompoundAssignmentOfOperatorValue_Coroutines.count(later("k")).await());
        System.out.println(CompoundAssignmentOfOperatorValue_Coroutines.narrowing().await());
    }
}
