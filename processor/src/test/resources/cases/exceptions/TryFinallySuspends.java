// Suspensions in both the try block and the finally block of a try that completes normally.
// OUTPUT:
// try
// try after yield
// finally
// finally after yield
// after
// result 1
import kaa.*;
import static kaa.Async.*;

public abstract class TryFinallySuspends {
    @Coroutine
    InProgress<Integer> run() {
        try {
            System.out.println("try");
            yield_();
            System.out.println("try after yield");
        } finally {
            System.out.println("finally");
            yield_();
            System.out.println("finally after yield");
        }
        System.out.println("after");
        return done(1);
    }

    public static void main(String[] args) {
        TryFinallySuspends coroutines = new TryFinallySuspends_Coroutines();
        System.out.println("result " + coroutines.run().await());
    }
}
