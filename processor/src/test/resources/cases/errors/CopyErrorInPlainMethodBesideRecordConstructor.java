// A mistake in a plain method of a class with coroutines and a record's compact constructor: javac's error at its
// line (usertest round 9, finding 01).
// ERROR: cannot find symbol
import kaa.*;
import static kaa.Async.*;

public abstract class CopyErrorInPlainMethodBesideRecordConstructor {
    record Range(int from, int to) {
        Range {
            if (from > to) {
                throw new IllegalArgumentException();
            }
        }
    }

    static int width(Range r) {
        return r.to() - r.form(); // error here
    }

    @Coroutine
    InProgress<Integer> m() {
        yield_();
        return done(width(new Range(1, 4)));
    }
}
