// A coroutine that awaits itself recursively.
// OUTPUT:
// fib(10) = 55
import kaa.*;
import static kaa.Async.*;

public abstract class Recursion {
    @Coroutine
    InProgress<Integer> fib(int n) {
        if (n < 2) {
            yield_();
            return done(n);
        }
        int a = yield_(fib(n - 1));
        int b = yield_(fib(n - 2));
        return done(a + b);
    }

    public static void main(String[] args) {
        Recursion coroutines = new Recursion_Coroutines();
        System.out.println("fib(10) = " + coroutines.fib(10).await());
    }
}
