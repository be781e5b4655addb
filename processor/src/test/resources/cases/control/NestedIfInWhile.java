// if inside while inside if, suspending at several depths; a loop whose body never runs.
// OUTPUT:
// 0 even
// 1 odd
// 2 even
// skipped the loop
// result 3
import kaa.*;
import static kaa.Async.*;

public abstract class NestedIfInWhile {
    @Coroutine
    InProgress<Integer> run(int limit) {
        int i = 0;
        if (limit > 0) {
            while (i < limit) {
                if (i % 2 == 0) {
                    yield_();
                    System.out.println(i + " even");
                } else {
                    String odd = yield_(InProgress.finished(" odd"));
                    System.out.println(i + odd);
                }
                i++;
            }
        }
        while (i < 0) {
            yield_();
            System.out.println("never");
        }
        System.out.println("skipped the loop");
        return done(i);
    }

    public static void main(String[] args) {
        NestedIfInWhile coroutines = new NestedIfInWhile_Coroutines();
        System.out.println("result " + coroutines.run(3).await());
    }
}
