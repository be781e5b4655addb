import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class ControlFlow {
    final List<String> t = new ArrayList<>();

    @Coroutine
    InProgress<Integer> v(int x) { yield_(); t.add("v" + x); return done(x); }

    @Coroutine
    InProgress<Boolean> b(boolean x) { yield_(); t.add("b" + x); return done(x); }

    @SuppressWarnings("fallthrough")
    @Coroutine
    InProgress<String> flow(Object input) {
        if (!(input instanceof String s)) return done("not a string");
        yield_(v(0));
        int total = 0;
        outer:
        for (int i = 0; i < s.length(); i += yield_(v(1))) {
            char c = s.charAt(i);
            try {
                switch (c) {
                    case 'a':
                        total += 1;
                    case 'b':
                        total += yield_(v(10));
                        break;
                    case 'x':
                        continue outer;
                    case 'q':
                        try {
                            if (yield_(b(total > 20)) && yield_(b(true)))
                                return done("quit early with " + total + " from " + s);
                        } finally {
                            t.add("inner finally");
                        }
                        break outer;
                    default:
                        if (Character.isDigit(c)) total += c - '0';
                        else if (c == '!' || yield_(b(c == '?'))) throw new IllegalArgumentException("bang at " + i);
                        else total--;
                }
            } catch (IllegalArgumentException e) {
                t.add(e.getMessage());
                if (yield_(v(i)) > 3) break;
            } finally {
                t.add("f" + i);
            }
        }
        int k = 0;
        do k++; while (yield_(v(k)) < 2 && total > 0);
        return done(s + " -> " + total + " k=" + k);
    }

    public static void main(String[] args) {
        ControlFlow cf = new ControlFlow_Coroutines();
        for (Object in : new Object[] {42, "ab3", "a!b", "x1q", "bbbq", "z?zzz!", ""}) {
            cf.t.clear();
            System.out.println(cf.flow(in).await() + "  " + cf.t);
        }
    }
}
