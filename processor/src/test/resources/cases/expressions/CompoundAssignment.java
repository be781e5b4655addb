// yield_ on the right of compound and array assignments: the array, the index and the receiver are evaluated
// before the suspension, and for a compound assignment the old value is read before it too (JLS 15.26.2), so a
// change made while suspended is overwritten, as in plain Java.
// OUTPUT:
// index two
// holder
// [10, 200, 7] total=12 s=xy i=2 shared[0]=11 count=5
import java.time.Duration;
import java.util.Arrays;
import kaa.*;
import static kaa.Async.*;

public abstract class CompoundAssignment {
    static final class Counter {
        int count;
    }

    static final int[] SHARED = {10};
    static final Counter COUNTER = new Counter();

    /** Sets SHARED[0] to 100 while the caller is suspended, then finishes with 1. */
    static InProgress<Integer> overwriteSharedThenOne() {
        InProgress<Integer> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> {
            SHARED[0] = 100;
            result.finish(1);
        });
        return result;
    }

    static int index(String label, int i) {
        System.out.println("index " + label);
        return i;
    }

    static Counter holder() {
        System.out.println("holder");
        return COUNTER;
    }

    @Coroutine
    InProgress<Void> run() {
        int[] arr = {10, 20, 30};
        int i = 1;
        arr[i] += yield_(later(5));
        int total = 1;
        total += yield_(later(2));
        total *= yield_(later(4));
        String s = "x";
        s += yield_(later("y"));
        arr[index("two", 2)] = yield_(later(7));
        arr[i++] = yield_(later(i * 100));
        SHARED[0] += yield_(overwriteSharedThenOne());
        holder().count += yield_(later(5));
        System.out.println(Arrays.toString(arr) + " total=" + total + " s=" + s + " i=" + i
                + " shared[0]=" + SHARED[0] + " count=" + COUNTER.count);
        return done();
    }

    /** Finishes with {@code value} a millisecond from now, on the notifier. */
    static <T> InProgress<T> later(T value) {
        InProgress<T> result = new InProgress<>();
        delay(Duration.ofMillis(1)).connect(ignored -> result.finish(value));
        return result;
    }
    public static void main(String[] args) {
        CompoundAssignment coroutines = new CompoundAssignment_Coroutines();
        coroutines.run().await();
    }
}
