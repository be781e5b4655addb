import java.io.IOException;
import kaa.*;
import static kaa.Async.*;

/** The generated code for a loop with an interval, an awaited value and a caught failure. */
public abstract class Counter {
    static void work(int i) {
        System.out.println("work " + i);
    }

    @Coroutine(interval = 10)
    InProgress<Integer> countSlowly() {
        for (int i = 0; i < 10; i++) {
            work(i);
            yield_();
        }
        return done(42);
    }

    @Coroutine
    InProgress<String> greet(InProgress<String> name) {
        try {
            String who = yield_(name, IOException.class);
            return done("hello " + who);
        } catch (IOException e) {
            return done("no name: " + e.getMessage());
        }
    }
}
