// p.x, a record component's private field, in a static coroutine of the record: the message says to call the
// accessor, not to make the field package-private, which a record cannot (usertest round 10).
// ERROR: Call its accessor, 'x()'.
import kaa.*;
import static kaa.Async.*;

public record RecordFieldInStaticCoroutine(int x) {
    @Coroutine
    static InProgress<Integer> twice(RecordFieldInStaticCoroutine p) {
        yield_();
        return done(p.x * 2); // error here
    }
}
