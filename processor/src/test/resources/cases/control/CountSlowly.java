// A coroutine method named like its class (countSlowly in CountSlowly) that calls a static helper: generated
// names must not hide the user's class.
// OUTPUT:
// work 0
// work 1
// 2
import kaa.*;
import static kaa.Async.*;

public abstract class CountSlowly {
    static void work(int i) {
        System.out.println("work " + i);
    }

    @Coroutine
    InProgress<Integer> countSlowly() {
        int i = 0;
        while (i < 2) {
            work(i);
            yield_();
            i++;
        }
        return done(i);
    }

    public static void main(String[] args) {
        CountSlowly coroutines = new CountSlowly_Coroutines();
        System.out.println(coroutines.countSlowly().await());
    }
}
