// yield_ of InProgress values that are already finished: the value comes back at once, without a loop turn,
// so the call returns a finished InProgress.
// OUTPUT:
// got a
// got 2
// finished at once: true
// result a2
import kaa.*;
import static kaa.Async.*;

public abstract class AwaitFinished {
    @Coroutine
    InProgress<String> run() {
        yield_(InProgress.finished("ignored"));
        String a = yield_(InProgress.finished("a"));
        System.out.println("got " + a);
        int n = yield_(InProgress.finished(2));
        System.out.println("got " + n);
        return done(a + n);
    }

    public static void main(String[] args) {
        AwaitFinished coroutines = new AwaitFinished_Coroutines();
        InProgress<String> running = coroutines.run();
        System.out.println("finished at once: " + running.isFinished());
        System.out.println("result " + running.await());
    }
}
