import java.util.*;

public class ControlFlowPlain {
    final List<String> t = new ArrayList<>();
    int v(int x) { t.add("v" + x); return x; }
    boolean b(boolean x) { t.add("b" + x); return x; }

    String flow(Object input) {
        if (!(input instanceof String s)) return ("not a string");
        v(0);
        int total = 0;
        outer:
        for (int i = 0; i < s.length(); i += (v(1))) {
            char c = s.charAt(i);
            try {
                switch (c) {
                    case 'a':
                        total += 1;
                    case 'b':
                        total += (v(10));
                        break;
                    case 'x':
                        continue outer;
                    case 'q':
                        try {
                            if ((b(total > 20)) && (b(true)))
                                return ("quit early with " + total + " from " + s);
                        } finally {
                            t.add("inner finally");
                        }
                        break outer;
                    default:
                        if (Character.isDigit(c)) total += c - '0';
                        else if (c == '!' || (b(c == '?'))) throw new IllegalArgumentException("bang at " + i);
                        else total--;
                }
            } catch (IllegalArgumentException e) {
                t.add(e.getMessage());
                if ((v(i)) > 3) break;
            } finally {
                t.add("f" + i);
            }
        }
        int k = 0;
        do k++; while ((v(k)) < 2 && total > 0);
        return (s + " -> " + total + " k=" + k);
    }

    public static void main(String[] args) {
        ControlFlowPlain cf = new ControlFlowPlain();
        for (Object in : new Object[] {42, "ab3", "a!b", "x1q", "bbbq", "z?zzz!", ""}) {
            cf.t.clear();
            System.out.println(cf.flow(in) + "  " + cf.t);
        }
    }
}
