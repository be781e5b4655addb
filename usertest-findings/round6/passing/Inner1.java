import kaa.*;
import static kaa.Async.*;

public class Inner1 {
    int field = 5;

    class In {
        @Coroutine
        static InProgress<Integer> twice(int x) {
            yield_();
            return done(x * 2);
        }
    }

    public static void main(String[] args) {
        System.out.println(Inner1_In_Coroutines.twice(21).await());
    }
}
