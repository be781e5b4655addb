// if / else if / else with a suspension in each branch, and a return from inside a branch.
// OUTPUT:
// -3 is negative
// negative, odd
// 0 is zero
// zero, even
// 4 is positive
// positive, even
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class IfElse {
    @Coroutine
    InProgress<String> classify(int n) {
        String kind;
        if (n < 0) {
            yield_();
            kind = "negative";
        } else if (n == 0) {
            kind = yield_(InProgress.finished("zero"));
        } else {
            yield_(delay(Duration.ofMillis(1)));
            kind = "positive";
        }
        System.out.println(n + " is " + kind);
        if (n % 2 == 0) {
            yield_();
            return done(kind + ", even");
        }
        return done(kind + ", odd");
    }

    public static void main(String[] args) {
        IfElse coroutines = new IfElse_Coroutines();
        for (int n : new int[] {-3, 0, 4}) {
            System.out.println(coroutines.classify(n).await());
        }
    }
}
