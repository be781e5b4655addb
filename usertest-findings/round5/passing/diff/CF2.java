import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class CF2 {
    static final List<String> T = new ArrayList<>();
    @Coroutine InProgress<Integer> i(int x) { yield_(); T.add("i" + x); return done(x); }
    @Coroutine InProgress<Boolean> b(boolean x) { yield_(); T.add("b" + x); return done(x); }
    static <X> X w(InProgress<X> ip) { return ip.await(); }

    @Coroutine
    InProgress<String> co(int n) {
        int acc = 0, k = 0;
        do {
            k++;
            if (k % 3 == 0) continue;
            try {
                if (k == 7) break;
                else if (yield_(b(k == 5))) { acc += 100; continue; }
                else if (k > n) return done("early " + acc + " " + k);
                else acc += yield_(i(k));
            } finally {
                T.add("fin" + k);
                if (yield_(b(k == 4))) acc *= 2;
            }
            acc++;
        } while (yield_(i(k)) < 9);
        lbl: {
            for (int j = 0; j < 3; j++)
                for (int m = 0; m < 3; m++)
                    if (yield_(i(j * m)) == 2) break lbl;
                    else if (m == j) continue;
                    else acc -= 1;
            acc = -1;
        }
        while (yield_(b(acc > 50)) && acc-- > 0) if (acc % 10 == 0) break;
        return done("end " + acc + " " + k);
    }

    String pl(int n) {
        int acc = 0, k = 0;
        do {
            k++;
            if (k % 3 == 0) continue;
            try {
                if (k == 7) break;
                else if (w(b(k == 5))) { acc += 100; continue; }
                else if (k > n) return ("early " + acc + " " + k);
                else acc += w(i(k));
            } finally {
                T.add("fin" + k);
                if (w(b(k == 4))) acc *= 2;
            }
            acc++;
        } while (w(i(k)) < 9);
        lbl: {
            for (int j = 0; j < 3; j++)
                for (int m = 0; m < 3; m++)
                    if (w(i(j * m)) == 2) break lbl;
                    else if (m == j) continue;
                    else acc -= 1;
            acc = -1;
        }
        while (w(b(acc > 50)) && acc-- > 0) if (acc % 10 == 0) break;
        return ("end " + acc + " " + k);
    }

    public static void main(String[] args) {
        CF2 c = new CF2_Coroutines();
        for (int n : new int[] {2, 4, 10}) {
            T.clear(); String a = c.co(n).await(); var ta = new ArrayList<>(T);
            T.clear(); String p = c.pl(n); var tp = new ArrayList<>(T);
            System.out.println(a + (a.equals(p) && ta.equals(tp) ? "  SAME" : "  DIFF " + p + "\n" + ta + "\n" + tp));
        }
    }
}
