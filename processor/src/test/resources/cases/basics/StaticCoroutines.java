// Static coroutines become static methods of the generated class; a class with only static coroutines need not
// be abstract. Inside the class, a static coroutine calls another by its own name: the processor routes the call.
// OUTPUT:
// 25
// 4 and 9
import kaa.*;
import static kaa.Async.*;

public class StaticCoroutines {
    @Coroutine
    static InProgress<Integer> square(int x) {
        yield_();
        return done(x * x);
    }

    @Coroutine
    static InProgress<Integer> sumOfSquares(int a, int b) {
        int squareA = yield_(square(a));
        int squareB = yield_(StaticCoroutines.square(b));
        System.out.println(squareA + " and " + squareB);
        return done(squareA + squareB);
    }

    public static void main(String[] args) {
        System.out.println(StaticCoroutines_Coroutines.square(5).await());
        StaticCoroutines_Coroutines.sumOfSquares(2, 3).await();
    }
}
