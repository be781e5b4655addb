// Calling a static coroutine by its own name from plain code would run the unprocessed body (bug 26).
// ERROR: [kaa.unprocessed-static-call]
import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public class StaticCoroutineCalledFromPlainCode {
    @Coroutine
    static InProgress<String> hello() {
        yield_(delay(Duration.ofMillis(5)));
        return done("hello done");
    }

    public static void main(String[] args) {
        System.out.println(StaticCoroutineCalledFromPlainCode_Coroutines.hello().await());
        System.out.println(hello().await()); // error here
    }
}
