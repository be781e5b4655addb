// A lambda that changes a local of the body is javac's error at the user's line and nothing else (usertest round 10:
// the machine had an error of its own, about the copy of the local the lambda captures).
// ERROR: local variables referenced from a lambda expression must be final or effectively final
import java.util.List;
import kaa.*;
import static kaa.Async.*;

public abstract class LambdaChangesCapturedLocal {
    @Coroutine
    InProgress<Integer> count(List<String> words) {
        int count = 0;
        yield_();
        words.forEach(w -> count++); // error here
        return done(count);
    }
}
