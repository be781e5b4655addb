import java.time.Duration;
import kaa.*;
import static kaa.Async.*;

public abstract class Trace {
    @Coroutine
    InProgress<Integer> parse(String s) {
        yield_(delay(Duration.ofMillis(1)));
        return done(Integer.parseInt(s));
    }
    @Coroutine
    InProgress<Integer> middle(String s) {
        int x = 1;
        x += yield_(parse(s));
        return done(x);
    }
    @Threaded
    InProgress<Integer> blocking(String s) {
        return done(Integer.parseInt(s));
    }
    @Coroutine
    InProgress<Integer> outer(String s) {
        if (s.isEmpty()) return done(yield_(blocking("zz")));
        return done(yield_(middle(s)) * 2);
    }

    public static void main(String[] args) {
        Trace t = new Trace_Coroutines();
        try { t.outer("x").await(); } catch (NumberFormatException e) { e.printStackTrace(System.out); }
        try { t.outer("").await(); } catch (NumberFormatException e) { e.printStackTrace(System.out); }
        System.out.println(t.outer("x"));
    }
}
