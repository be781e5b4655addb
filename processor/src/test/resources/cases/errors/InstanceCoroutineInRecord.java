// A record is final: no generated class can extend it (bug 20).
// ERROR: [kaa.instance-method-in-type]
import kaa.*;
import static kaa.Async.*;

public record InstanceCoroutineInRecord(int x) {
    @Coroutine
    InProgress<Integer> d() { // error here
        yield_();
        return done(x);
    }
}
