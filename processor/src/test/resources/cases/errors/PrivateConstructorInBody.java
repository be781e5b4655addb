// A private constructor of the enclosing class is a private member too (bug 21).
// ERROR: [kaa.private-member]
import kaa.*;
import static kaa.Async.*;

public abstract class PrivateConstructorInBody {
    static final class Node {
        private Node(int v) {
        }
    }

    @Coroutine
    InProgress<Integer> m() {
        yield_();
        Node n = new Node(3); // error here
        return done(n.hashCode() * 0);
    }
}
