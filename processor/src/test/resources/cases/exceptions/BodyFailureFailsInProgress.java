// An exception from the body fails the returned InProgress instead of escaping the call, before or after the
// first suspension; await() then throws it (an unchecked one as it is, a checked one wrapped).
// OUTPUT:
// call returned, failed: true, before first yield
// failed yet: false
// await threw after a yield
// data
// wrapped IOException: disk on fire
import java.io.IOException;
import java.util.concurrent.CompletionException;
import kaa.*;
import static kaa.Async.*;

public abstract class BodyFailureFailsInProgress {
    @Coroutine
    InProgress<String> fail(boolean beforeYield) {
        if (beforeYield) {
            throw new IllegalStateException("before first yield");
        }
        yield_();
        throw new IllegalStateException("after a yield");
    }

    @Coroutine
    InProgress<String> read(boolean broken) throws IOException {
        yield_();
        if (broken) {
            throw new IOException("disk on fire");
        }
        return done("data");
    }

    public static void main(String[] args) throws IOException {
        BodyFailureFailsInProgress coroutines = new BodyFailureFailsInProgress_Coroutines();
        InProgress<String> early = coroutines.fail(true);
        System.out.println("call returned, failed: " + early.isFailed() + ", " + early.exception().getMessage());
        InProgress<String> late = coroutines.fail(false);
        System.out.println("failed yet: " + late.isFailed());
        try {
            late.await();
        } catch (IllegalStateException e) {
            System.out.println("await threw " + e.getMessage());
        }
        System.out.println(coroutines.read(false).await());
        try {
            coroutines.read(true).await();
        } catch (CompletionException e) {
            System.out.println("wrapped " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        }
    }
}
