// A local class and anonymous classes declared in a coroutine body capture hoisted variables and are used
// across suspensions.
// OUTPUT:
// local class: 15
// anonymous class sees 10
// [a, bb, ccc]
// result 11
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalAndAnonymousClasses {
    @Coroutine
    InProgress<Integer> run() {
        int base = yield_(later(10));
        class Adder {
            int add(int x) {
                return base + x;
            }
        }
        Adder adder = new Adder();
        yield_();
        System.out.println("local class: " + adder.add(5));
        Runnable runnable = new Runnable() {
            @Override
            public void run() {
                System.out.println("anonymous class sees " + base);
            }
        };
        yield_();
        runnable.run();
        Comparator<String> byLength = new Comparator<>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        };
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
        yield_();
        words.sort(byLength);
        System.out.println(words);
        return done(adder.add(1));
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        LocalAndAnonymousClasses coroutines = new LocalAndAnonymousClasses_Coroutines();
        System.out.println("result " + coroutines.run().await());
    }
}
