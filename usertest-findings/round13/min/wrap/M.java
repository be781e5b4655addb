import static kaa.Async.*;
import kaa.*;

public abstract class M {
    @Coroutine
    InProgress<Integer> parse(String s) {
        yield_();
        return done(Integer.parseInt(s));              // line 8
    }

    @Coroutine
    InProgress<Integer> middle(String s) {
        try {
            return done(yield_(parse(s)));             // line 14
        } catch (NumberFormatException e) {
            System.out.println("middle's catch sees:");
            e.printStackTrace(System.out);
            throw new IllegalArgumentException("bad config value " + s, e);   // line 18
        }
    }

    @Coroutine
    InProgress<Integer> outer() {
        return done(yield_(middle("q")));              // line 24
    }

    public static void main(String[] args) {
        new M_Coroutines().outer().await();            // line 28
    }
}
