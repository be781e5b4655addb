// No generated class can extend a local class: a tagged error, not a body that throws at run time (bug 03).
// ERROR: [kaa.coroutine-in-local-class]
import kaa.*;
import static kaa.Async.*;

public class CoroutineInLocalClass {
    public static void main(String[] args) {
        abstract class L {
            @Coroutine
            InProgress<Integer> d() { // error here
                yield_();
                return done(1);
            }
        }
        L l = new L() {};
        System.out.println(l.d().await());
    }
}
