// A finally that suspends and then jumps away drops the pending exception, as Java does; the next pass through
// the same try completes normally instead of rethrowing the dropped exception.
// OUTPUT:
// finally 0
// body 1
// finally 1
// after try 1
// done
import kaa.*;
import static kaa.Async.*;

public abstract class FinallyDropsExceptionByJump {
    @Coroutine
    InProgress<String> run() {
        for (int i = 0; i < 2; i++) {
            try {
                yield_();
                if (i == 0) {
                    throw new IllegalStateException("dropped");
                }
                System.out.println("body " + i);
            } finally {
                yield_();
                System.out.println("finally " + i);
                if (i == 0) {
                    continue;
                }
            }
            System.out.println("after try " + i);
        }
        return done("done");
    }

    public static void main(String[] args) {
        System.out.println(new FinallyDropsExceptionByJump_Coroutines().run().await());
    }
}
