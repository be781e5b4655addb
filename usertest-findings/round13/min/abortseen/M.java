import static kaa.Async.*;
import java.time.Duration;
import kaa.*;

public abstract class M {
    @Coroutine
    InProgress<String> inner() {
        try {
            yield_(delay(Duration.ofSeconds(10)));     // line 9: suspended here when aborted
            return done("late");
        } catch (InProgressAbortedException e) {
            System.out.println("inner saw: " + e);
            e.printStackTrace(System.out);
            throw e;
        }
    }

    @Coroutine
    InProgress<String> outer(boolean viaTimeout) {
        InProgress<String> in = inner();
        if (viaTimeout) {
            return done(yield_(in.timeout(Duration.ofMillis(100), true)));   // line 22
        }
        yield_(delay(Duration.ofMillis(100)));
        in.abort();                                    // line 25
        return done(yield_(in));                       // line 26
    }

    public static void main(String[] args) {
        M m = new M_Coroutines();
        for (boolean t : new boolean[] {true, false}) {
            System.out.println("=== viaTimeout=" + t);
            try {
                m.outer(t).await();                    // line 34
            } catch (RuntimeException e) {
                System.out.println("main caught:");
                e.printStackTrace(System.out);
            }
        }
    }
}
