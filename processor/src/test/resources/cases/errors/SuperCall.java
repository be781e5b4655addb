// ERROR: [kaa.super-in-coroutine]
import kaa.*;
import static kaa.Async.*;

public abstract class SuperCall {
    @Override
    public String toString() {
        return "SuperCall";
    }

    @Coroutine
    InProgress<String> run() {
        yield_();
        return done(super.toString()); // error here
    }
}
