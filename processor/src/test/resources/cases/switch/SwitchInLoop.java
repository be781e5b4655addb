// Inside a loop, a switch's break leaves only the switch, continue goes to the next iteration, and a labeled
// break leaves the loop; every case suspends first.
// OUTPUT:
// after switch 1
// after switch 2
// done
import kaa.*;
import static kaa.Async.*;

public abstract class SwitchInLoop {
    @Coroutine
    InProgress<Void> run() {
        loop:
        for (int i = 0; i < 5; i++) {
            switch (i) {
                case 0:
                    yield_();
                    continue;
                case 2:
                    yield_();
                    break;
                case 3:
                    yield_();
                    break loop;
                default:
                    yield_();
            }
            System.out.println("after switch " + i);
        }
        System.out.println("done");
        return done();
    }

    public static void main(String[] args) {
        SwitchInLoop coroutines = new SwitchInLoop_Coroutines();
        coroutines.run().await();
    }
}
