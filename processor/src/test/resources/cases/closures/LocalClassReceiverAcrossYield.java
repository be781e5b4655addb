// A call on a local class's instance whose argument suspends: the receiver is saved before the yield_() into a
// temporary, which has the class's named supertype (Object) since the class is declared inside resume(); the call
// casts it back ('cannot find symbol: method next' before).
// OUTPUT:
// 7
import kaa.*;
import static kaa.Async.*;

public abstract class LocalClassReceiverAcrossYield {
    @Coroutine
    static InProgress<Integer> local(int value) {
        class Counter {
            int next(int by) {
                return value + by;
            }
        }
        Counter counter = new Counter();
        yield_();
        return done(counter.next(yield_(InProgress.finished(1))));
    }

    public static void main(String[] args) {
        System.out.println(LocalClassReceiverAcrossYield_Coroutines.local(6).await());
    }
}
