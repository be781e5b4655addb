// Labeled continue and break out of an inner loop, with suspensions in the inner loop (Kotlin's labeledWhile).
// OUTPUT:
// 1,0
// 2,0
// i = 2
import kaa.*;
import static kaa.Async.*;

public abstract class LabeledWhile {
    @Coroutine
    InProgress<Integer> run() {
        int i = 0;
        outer:
        while (i < 3) {
            int j = 0;
            while (true) {
                yield_();
                if (j == i) {
                    i++;
                    continue outer;
                }
                if (i == 2 && j == 1) {
                    break outer;
                }
                System.out.println(i + "," + j);
                j++;
            }
        }
        System.out.println("i = " + i);
        return done(i);
    }

    public static void main(String[] args) {
        LabeledWhile coroutines = new LabeledWhile_Coroutines();
        coroutines.run().await();
    }
}
