import static kaa.Async.*;
import java.time.Duration;
import kaa.*;

public abstract class M {
    final Signal<String> changed = new Signal<>();

    @Coroutine
    InProgress<Void> work() {
        changed.connect(s -> Integer.parseInt(s));    // line 10: a listener that throws
        yield_(delay(Duration.ofMillis(10)));
        changed.emit("z");                             // line 12: emitted from the body
        return done();
    }

    public static void main(String[] args) {
        M m = new M_Coroutines();
        m.work().await();                              // line 18
        System.out.println("work done; loop went on");
    }
}
