// yield_ in a constructor: a constructor cannot be a coroutine, so the message does not say to annotate it
// (usertest round 9, finding 02: it said "Annotate '<init>' with @Coroutine").
// ERROR: [kaa.yield-outside-coroutine] yield_() only works inside a method annotated @Coroutine, and this is a constructor, which cannot be a coroutine
import kaa.*;
import static kaa.Async.*;

public class YieldInConstructor {
    YieldInConstructor() {
        yield_(); // error here
    }
}
