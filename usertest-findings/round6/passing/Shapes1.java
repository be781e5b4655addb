import java.io.*;
import java.util.*;
import kaa.*;
import static kaa.Async.*;

public class Shapes1 {
    interface Util {
        @Coroutine
        static <U> InProgress<U> later(U v) {
            yield_();
            return done(v);
        }

        @Coroutine
        static InProgress<Integer> sum(int... xs) {
            int s = 0;
            for (int x : xs) s += yield_(later(x));
            return done(s);
        }
    }

    static abstract class Base {
        int base = 10;

        @Coroutine
        InProgress<String> describe(int n) {
            return done("int " + (yield_(Shapes1_Util_Coroutines.later(n)) + base));
        }

        @Coroutine
        InProgress<String> describe(String s) {
            return done("str " + yield_(describe(s.length())));
        }

        @Coroutine
        InProgress<String> describe(Object o) {
            return done("obj " + yield_(Shapes1_Util_Coroutines.later(o)));
        }

        @Coroutine
        InProgress<String> greet() {
            return done("base-greet " + yield_(describe("ab")));
        }

        String name() { return "Base"; }
    }

    static abstract class Derived extends Shapes1_Base_Coroutines {
        @Override String name() { return "Derived"; }

        @Coroutine
        InProgress<String> more() throws IOException {
            String g = yield_(greet());
            if (g.length() > 100) throw new IOException("too long");
            return done(name() + "/" + g + "/" + yield_(describe(3.5)));
        }

        @Coroutine
        InProgress<Integer> failing(boolean really) throws IOException {
            yield_(Shapes1_Util_Coroutines.later(1));
            if (really) throw new FileNotFoundException("nofile");
            return done(7);
        }

        @Coroutine
        InProgress<String> catcher() {
            try {
                int v = yield_(failing(false), IOException.class);
                v += yield_(failing(true), IOException.class);
                return done("no " + v);
            } catch (FileNotFoundException e) {
                return done("fnf " + e.getMessage());
            } catch (IOException e) {
                return done("io");
            }
        }
    }

    enum Op {
        ADD { @Override int apply(int a, int b) { return a + b; } },
        MUL { @Override int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);

        int viaCoroutine(int a, int b) {
            return apply(Shapes1_Util_Coroutines.later(a).await(), Shapes1_Util_Coroutines.sum(b, 1).await());
        }
    }

    public static void main(String[] args) throws Exception {
        Derived d = new Shapes1_Derived_Coroutines();
        System.out.println(d.describe(5).await());
        System.out.println(d.describe("xyz").await());
        System.out.println(d.describe((Object) "q").await());
        System.out.println(d.more().await());
        System.out.println(d.catcher().await());
        try {
            d.failing(true).await(IOException.class);
        } catch (FileNotFoundException e) {
            System.out.println("caught " + e.getMessage());
        }
        for (Op op : Op.values()) System.out.println(op + " " + op.viaCoroutine(3, 4));
        System.out.println(Shapes1_Util_Coroutines.sum(1, 2, 3).await());
        System.out.println(Shapes1_Util_Coroutines.sum().await());
    }
}
