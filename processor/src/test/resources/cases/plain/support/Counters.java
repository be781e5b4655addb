import kaa.*;
import static kaa.Async.*;

/** A class with a static and an instance coroutine, for the cases of this folder, which do not mention kaa. */
public abstract class Counters {
    @Coroutine
    public static InProgress<Integer> count(int n) {
        yield_();
        return done(n);
    }

    @Coroutine
    public InProgress<Integer> next(int n) {
        yield_();
        return done(n + 1);
    }
}
