import java.util.*;
import java.util.concurrent.Callable;
import kaa.*;
import static kaa.Async.*;

public abstract class Sig1 implements Sig1Service {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @SafeVarargs
    @Coroutine
    static <T> InProgress<List<T>> listOf(T... xs) {
        List<T> out = new ArrayList<>();
        for (T x : xs) out.add(yield_(later(x)));
        return done(out);
    }

    @Coroutine
    @Override
    public InProgress<String> get(final int n) {
        return done("get" + yield_(later(n)));
    }

    @Coroutine
    <T> InProgress<T[]> rev(T[] in) {
        T[] out = Arrays.copyOf(in, in.length);
        for (int i = 0; i < out.length / 2; i++) {
            T t = out[i];
            out[i] = yield_(later(out[out.length - 1 - i]));
            out[out.length - 1 - i] = t;
        }
        return done(out);
    }

    @Coroutine
    <E extends Exception> InProgress<Integer> risky(Callable<Integer> c, Class<E> cls) throws E {
        yield_();
        try {
            return done(c.call());
        } catch (Exception e) {
            if (cls.isInstance(e)) throw cls.cast(e);
            throw new IllegalStateException(e);
        }
    }

    @Coroutine
    CoroutineInProgress<int[]> ints(int... xs) {
        int[] r = xs.clone();
        for (int i = 0; i < r.length; i++) r[i] += yield_(later(i));
        return done(r);
    }

    @Coroutine
    InProgress<String> all() throws Exception {
        List<String> l = yield_(listOf("a", "b"));
        List<List<Integer>> ll = yield_(listOf(List.of(1), List.of(2, 3)));
        String[] rv = yield_(rev(new String[] {"x", "y", "z"}));
        int v = yield_(risky(() -> 5, java.io.IOException.class));
        int[] is = yield_(ints(10, 20, 30));
        return done(l + " " + ll + " " + Arrays.toString(rv) + " " + v + " " + Arrays.toString(is) + " " + yield_(get(3)));
    }

    public static void main(String[] args) throws Exception {
        Sig1 s = new Sig1_Coroutines();
        System.out.println(s.all().await());
        Sig1Service svc = s;
        System.out.println(svc.get(9).await());
        try {
            s.risky(() -> { throw new java.io.IOException("io!"); }, java.io.IOException.class).await(java.io.IOException.class);
        } catch (java.io.IOException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
