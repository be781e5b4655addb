// A type in a coroutine's signature that does not exist (List without its import) is javac's error, once, at the
// user's line: the generated classes wait for it, and when processing is over they are not written (usertest round
// 10: JavaPoet failed on the erroneous List<Integer>, [kaa.internal-error]; on JDK 25 the generated classes repeated
// the error).
// ERROR: cannot find symbol
import kaa.*;
import static kaa.Async.*;

public final class MissingImportInSignature {
    @Coroutine
    public static InProgress<Integer> sum(List<Integer> xs) { // error here
        int s = 0;
        for (int x : xs) {
            yield_();
            s += x;
        }
        return done(s);
    }
}
