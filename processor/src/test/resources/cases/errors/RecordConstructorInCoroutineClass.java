// When the class is attributed in place (its private copy has errors, as with a member that Lombok adds), javac
// rejects a record's explicit canonical constructor in it afterwards (it keeps the super() call its attribution
// added, and its round cleaner removes that only from enum constructors): a tagged error that says to move the
// record, instead of javac's confusing one. Attributed in a copy, the same class compiles (attribution/).
// ATTRIBUTION: in-place
// ERROR: [kaa.record-constructor]
import kaa.*;
import static kaa.Async.*;

public abstract class RecordConstructorInCoroutineClass {
    record Range(int from, int to) {
        Range { // error here
            if (from > to) {
                throw new IllegalArgumentException();
            }
        }
    }

    @Coroutine
    InProgress<Integer> m() {
        Range r = new Range(1, 4);
        yield_();
        return done(r.to() - r.from());
    }
}
