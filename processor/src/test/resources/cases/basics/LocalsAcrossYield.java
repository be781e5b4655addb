// Locals of every kind keep their values across yield_(): primitives (including long and double), arrays,
// objects, and locals assigned again after a suspension.
// OUTPUT:
// 7 9000000000 2.5 x true [1, 2]
// sb=ab count=8
// result 8
import java.util.Arrays;
import kaa.*;
import static kaa.Async.*;

public abstract class LocalsAcrossYield {
    @Coroutine
    InProgress<Integer> run() {
        int count = 7;
        long big = 9_000_000_000L;
        double half = 2.5;
        char letter = 'x';
        boolean flag = true;
        int[] pair = {1, 2};
        StringBuilder sb = new StringBuilder("a");
        yield_();
        System.out.println(count + " " + big + " " + half + " " + letter + " " + flag + " " + Arrays.toString(pair));
        sb.append('b');
        count = count + 1;
        yield_(InProgress.finished("x"));
        System.out.println("sb=" + sb + " count=" + count);
        yield_();
        return done(count);
    }

    public static void main(String[] args) {
        LocalsAcrossYield coroutines = new LocalsAcrossYield_Coroutines();
        System.out.println("result " + coroutines.run().await());
    }
}
