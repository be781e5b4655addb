// A body may name the class this compilation generates: its machines are written in the round after it.
// OUTPUT:
// 18
import kaa.*;
import static kaa.Async.*;

public class GeneratedClassInBody {
    @Coroutine
    static InProgress<Integer> square(int x) {
        return done(x * x);
    }

    @Coroutine
    static InProgress<Integer> twice(int x) {
        int squared = yield_(GeneratedClassInBody_Coroutines.square(x));
        return done(squared * 2);
    }

    public static void main(String[] args) {
        System.out.println(GeneratedClassInBody_Coroutines.twice(3).await());
    }
}
