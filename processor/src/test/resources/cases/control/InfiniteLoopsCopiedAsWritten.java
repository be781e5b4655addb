// Loops without yield_ are copied as written; the lowering must know whether control can leave them (JLS 14.22),
// or the jump it appends would be unreachable: break out of while (true) and for (;;), a break that only leaves an
// inner loop, and a while (true) left only by return.
// OUTPUT:
// after while 3
// after for 6
// returned 9
import kaa.*;
import static kaa.Async.*;

public abstract class InfiniteLoopsCopiedAsWritten {
    @Coroutine
    InProgress<Integer> run() {
        int i = 0;
        yield_();
        while (true) {
            i++;
            if (i == 3) {
                break;
            }
        }
        System.out.println("after while " + i);
        yield_();
        for (;;) {
            for (int j = 0; j < 2; j++) {
                if (j == 1) {
                    break;
                }
            }
            if (++i > 5) {
                break;
            }
        }
        System.out.println("after for " + i);
        yield_();
        while (true) {
            i++;
            if (i == 9) {
                return done(i);
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("returned " + new InfiniteLoopsCopiedAsWritten_Coroutines().run().await());
    }
}
