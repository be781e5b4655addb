// Calling a coroutine runs it up to its first suspension and returns; yield_() continues on a later loop turn.
// OUTPUT:
// first step
// call returned, finished: false
// second step
// finished: true
import kaa.*;
import static kaa.Async.*;

public abstract class FirstStepRunsOnCall {
    @Coroutine
    InProgress<Void> run() {
        System.out.println("first step");
        yield_();
        System.out.println("second step");
        return done();
    }

    public static void main(String[] args) {
        FirstStepRunsOnCall coroutines = new FirstStepRunsOnCall_Coroutines();
        InProgress<Void> running = coroutines.run();
        System.out.println("call returned, finished: " + running.isFinished());
        running.await();
        System.out.println("finished: " + running.isFinished());
    }
}
