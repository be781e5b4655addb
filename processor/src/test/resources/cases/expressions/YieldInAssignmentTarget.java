// yield_ inside the location an assignment writes (the array index of a compound or plain assignment, the array
// itself) but not in the assigned value: the location's operands are evaluated once, left to right, with the
// suspension among them, then the operator applies as written.
// OUTPUT:
// index 1
// a[1] += 10 -> 12
// index 2
// a[2] = 7 -> 7
// index 0
// b[0] <<= 3 -> 8
// counter 1
// total 27
import java.time.Duration;

import kaa.*;
import static kaa.Async.*;

public abstract class YieldInAssignmentTarget {
    static int counter;

    static InProgress<Integer> later(int value) {
        InProgress<Integer> ip = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> ip.finish(value));
        return ip;
    }

    static int index(int i) {
        System.out.println("index " + i);
        return i;
    }

    @Coroutine
    static InProgress<Integer> run() {
        int[] a = {1, 2, 3};
        a[index(yield_(later(1)))] += 10;
        System.out.println("a[1] += 10 -> " + a[1]);
        a[yield_(InProgress.finished(index(2)))] = 7;
        System.out.println("a[2] = 7 -> " + a[2]);
        long[][] nested = {{1}};
        long[] b = nested[0];
        nested[yield_(later(index(0)))][counter++] <<= 3;
        System.out.println("b[0] <<= 3 -> " + b[0]);
        System.out.println("counter " + counter);
        return done((int) (a[1] + a[2] + b[0]));
    }

    public static void main(String[] args) {
        System.out.println("total " + YieldInAssignmentTarget_Coroutines.run().await());
    }
}
