// @Coroutine(interval = 10): each yield_() resumes 10 ms later, so three of them take at least 30 ms.
// OUTPUT:
// work 0
// work 1
// work 2
// 42
// waited at least 30 ms: true
import kaa.*;
import static kaa.Async.*;

public abstract class Interval {
    @Coroutine(interval = 10)
    InProgress<Integer> countSlowly() {
        for (int i = 0; i < 3; i++) {
            System.out.println("work " + i);
            yield_();
        }
        return done(42);
    }

    public static void main(String[] args) {
        Interval coroutines = new Interval_Coroutines();
        long start = System.nanoTime();
        int result = coroutines.countSlowly().await();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(result);
        System.out.println("waited at least 30 ms: " + (elapsedMillis >= 30));
    }
}
