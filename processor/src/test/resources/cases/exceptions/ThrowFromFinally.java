// An exception thrown by a finally block that suspended replaces the pending exception or the pending return.
// OUTPUT:
// IllegalArgumentException: from finally, suppressed 0
// UnsupportedOperationException: from finally, suppressed 0
import kaa.*;
import static kaa.Async.*;

public abstract class ThrowFromFinally {
    @SuppressWarnings("finally")
    @Coroutine
    InProgress<String> replacesException() {
        try {
            yield_();
            throw new IllegalStateException("original");
        } finally {
            yield_();
            throw new IllegalArgumentException("from finally");
        }
    }

    @SuppressWarnings("finally")
    @Coroutine
    InProgress<String> replacesReturn() {
        try {
            return done("lost");
        } finally {
            yield_();
            throw new UnsupportedOperationException("from finally");
        }
    }

    static void report(InProgress<String> running) {
        try {
            System.out.println("not reached " + running.await());
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ", suppressed " + e.getSuppressed().length);
        }
    }

    public static void main(String[] args) {
        ThrowFromFinally coroutines = new ThrowFromFinally_Coroutines();
        report(coroutines.replacesException());
        report(coroutines.replacesReturn());
    }
}
