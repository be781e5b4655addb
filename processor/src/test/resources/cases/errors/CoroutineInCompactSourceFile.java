// A coroutine in a compact source file (an implicitly declared class, Java 25), which processors are not shown: a
// tagged error that says to move it, not advice to call a generated class that never exists (usertest round 10).
// RELEASE: 25
// ERROR: [kaa.coroutine-in-implicit-class]
import kaa.*;
import static kaa.Async.*;

@Coroutine
static InProgress<Integer> twice(int v) { // error here
    yield_();
    return done(v * 2);
}

void main() {
    System.out.println(twice(21).await());
}
