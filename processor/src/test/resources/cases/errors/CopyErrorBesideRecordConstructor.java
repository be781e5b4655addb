// A mistake in a class whose in-place attribution javac would compile wrongly (a record's compact constructor) is
// javac's own error at its line, found in the private copy; not [kaa.record-constructor] about valid code while the
// mistake goes unreported (usertest round 9, finding 01).
// ERROR: incompatible types
import kaa.*;
import static kaa.Async.*;

public abstract class CopyErrorBesideRecordConstructor {
    public record Item(String sku, int qty) {
        public Item {
            if (qty <= 0) {
                throw new IllegalArgumentException("qty " + qty);
            }
        }
    }

    @Coroutine
    public InProgress<Integer> price(String sku) {
        yield_();
        return done(sku.length());
    }

    @Coroutine
    public InProgress<Integer> total(Item it) {
        String p = yield_(price(it.sku())); // error here
        return done(it.qty() * p.length());
    }
}
