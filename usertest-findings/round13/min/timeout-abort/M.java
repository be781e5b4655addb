import static kaa.Async.*;
import java.time.Duration;
import kaa.*;

public abstract class M {
    @Coroutine
    InProgress<String> inner() {
        yield_(delay(Duration.ofSeconds(10)));         // line 8: never gets this far in time
        return done("late");
    }

    @Coroutine
    InProgress<String> middle() {
        String s = yield_(inner().timeout(Duration.ofMillis(200), true));   // line 14: the timeout fires here
        return done(s);
    }

    @Coroutine
    InProgress<String> outer() {
        String s = yield_(middle());                   // line 20
        return done(s);
    }

    public static void main(String[] args) {
        M m = new M_Coroutines();
        System.out.println(m.outer().await());         // line 26
    }
}
