// A method reference to a private method of the class is a private member use (bug 21).
// ERROR: [kaa.private-member]
import java.util.function.IntUnaryOperator;
import kaa.*;
import static kaa.Async.*;

public abstract class PrivateMethodReference {
    private static int dbl(int x) {
        return 2 * x;
    }

    @Coroutine
    InProgress<Integer> m() {
        IntUnaryOperator f = PrivateMethodReference::dbl; // error here
        yield_();
        return done(f.applyAsInt(2));
    }
}
