// yield_() gives the loop a turn; the body's statements still run in program order.
// OUTPUT:
// start
// one
// two
// three
// result 3
import kaa.*;
import static kaa.Async.*;

public abstract class StraightLineYield {
    @Coroutine
    InProgress<Integer> run() {
        System.out.println("one");
        yield_();
        System.out.println("two");
        yield_();
        System.out.println("three");
        return done(3);
    }

    public static void main(String[] args) {
        System.out.println("start");
        StraightLineYield coroutines = new StraightLineYield_Coroutines();
        System.out.println("result " + coroutines.run().await());
    }
}
