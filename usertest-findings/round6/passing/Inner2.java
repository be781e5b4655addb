import kaa.*;
import static kaa.Async.*;

public class Inner2 {
    int field = 5;

    abstract class In {
        @Coroutine
        InProgress<Integer> twice(int x) {
            yield_();
            return done(x * 2 + field);
        }
    }

    public static void main(String[] args) {
        System.out.println("x");
    }
}
