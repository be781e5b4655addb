// abort() at a yield_ inside try-with-resources inside try/catch/finally: close(), the catch and the finally each
// run exactly once, the awaited InProgress is aborted too (nobody else waits for it), and the coroutine ends failed
// even though its body caught the abort and returned a value.
// OUTPUT:
// suspended
// close r
// caught InProgressAbortedException
// finally
// awaited aborted: true
// coroutine failed: true InProgressAbortedException
import kaa.*;
import static kaa.Async.*;

public abstract class AbortRunsCatchFinallyAndClose {
    static final class Resource implements AutoCloseable {
        @Override
        public void close() {
            System.out.println("close r");
        }
    }

    @Coroutine
    InProgress<String> run(InProgress<String> never) {
        try {
            try (Resource r = new Resource()) {
                System.out.println("suspended" + (r == null ? " without resource" : ""));
                yield_(never);
                System.out.println("not reached");
            }
        } catch (InProgressAbortedException e) {
            System.out.println("caught " + e.getClass().getSimpleName());
            return done("swallowed");
        } finally {
            System.out.println("finally");
        }
        return done("not reached");
    }

    public static void main(String[] args) {
        InProgress<String> never = new InProgress<>();
        InProgress<String> running = new AbortRunsCatchFinallyAndClose_Coroutines().run(never);
        running.abort();
        System.out.println("awaited aborted: " + (never.exception() instanceof InProgressAbortedException));
        System.out.println("coroutine failed: " + running.isFailed() + " "
                + running.exception().getClass().getSimpleName());
    }
}
