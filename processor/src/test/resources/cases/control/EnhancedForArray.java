// Enhanced for over an array: the array expression is evaluated once, so assigning the variable inside the loop
// does not change what is iterated.
// OUTPUT:
// 3 -> 6
// 1 -> 2
// 4 -> 8
// xs.length = 4
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class EnhancedForArray {
    @Coroutine
    InProgress<Void> run() {
        int[] xs = {3, 1, 4};
        for (int x : xs) {
            int doubled = yield_(later(x * 2));
            System.out.println(x + " -> " + doubled);
            xs = new int[] {9, 9, 9, 9};
        }
        System.out.println("xs.length = " + xs.length);
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        EnhancedForArray coroutines = new EnhancedForArray_Coroutines();
        coroutines.run().await();
    }
}
