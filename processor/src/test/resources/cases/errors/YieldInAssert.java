// An assert whose condition or message awaits (usertest round 5, finding 05: the message said "A assert").
// ERROR: [kaa.unsupported] An assert statement containing yield_() is not supported across yield_() yet. Move the yield_() out of it: await into a local
import kaa.*;
import static kaa.Async.*;

public abstract class YieldInAssert {
    @Coroutine
    InProgress<Integer> check(InProgress<Integer> value) {
        assert yield_(value) > 0 : "positive"; // error here
        return done(1);
    }
}
