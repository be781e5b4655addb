// Enhanced for over Iterables: iterator() is called once, and the iterator is kept across suspensions; the loop
// variable may be wider than the elements (long over Integers).
// OUTPUT:
// iterator()
// 0
// 1
// 2
// ABC
// sum 3000000000
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import kaa.*;
import static kaa.Async.*;

public abstract class EnhancedForIterable {
    static Iterable<Integer> counting(int n) {
        return () -> {
            System.out.println("iterator()");
            Iterator<Integer> numbers = IntStream.range(0, n).iterator();
            return numbers;
        };
    }

    @Coroutine
    InProgress<String> run() {
        for (Integer number : counting(3)) {
            yield_();
            System.out.println(number);
        }
        StringBuilder upper = new StringBuilder();
        for (String word : List.of("a", "b", "c")) {
            String same = yield_(InProgress.finished(word));
            yield_();
            upper.append(same.toUpperCase());
        }
        long sum = 0;
        for (long big : List.of(1_000_000_000, 2_000_000_000)) {
            yield_();
            sum += big;
        }
        System.out.println(upper + "\nsum " + sum);
        return done(upper.toString());
    }

    public static void main(String[] args) {
        EnhancedForIterable coroutines = new EnhancedForIterable_Coroutines();
        coroutines.run().await();
    }
}
