import static kaa.Async.*;
import kaa.*;

public abstract class M {
    @Coroutine
    InProgress<Integer> parse(String s, boolean strict) {
        yield_();
        int n = 0;
        if (strict) {
            System.out.println("strict mode");
            n = Integer.parseInt(s);                   // line 11: throws
        }
        for (int i = 0; i < 1; i++) {
            n += Integer.parseInt(s + i);              // line 14: would throw too
        }
        return done(n);
    }

    public static void main(String[] args) {
        M m = new M_Coroutines();
        try {
            m.parse("x", true).await();                // line 22
        } catch (NumberFormatException e) {
            e.printStackTrace();
        }
        m.parse("y", false).await();                   // line 26
    }
}
