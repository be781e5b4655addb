package lib;

import kaa.*;
import static kaa.Async.*;

public abstract class Base {
    protected String prefix = "base";

    @Coroutine
    public InProgress<String> load(int id) {
        yield_();
        return done(prefix + ":" + id);
    }

    @Coroutine
    public static InProgress<Integer> twice(int x) {
        yield_();
        return done(2 * x);
    }
}
