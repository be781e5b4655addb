import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| base: item-1
//| sub: ITEM-2
//| via base ref: ITEM-3
//| stack: [c, b, a]
//| pairs: [(1,x), (2,y)]
//| max=9
public final class Bridges {
    private Bridges() {}

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    abstract static class Source<T> {
        abstract T make(int i);

        @Coroutine
        InProgress<T> next(int i) {
            yield_();
            return done(make(i));
        }
    }

    abstract static class Upper extends Source<String> {
        @Override
        String make(int i) {
            return "item-" + i;
        }

        @Override
        @Coroutine
        InProgress<String> next(int i) {
            String s = yield_(soon(make(i)));
            return done(s.toUpperCase());
        }
    }

    static final class Plain extends Bridges_Source_Coroutines<String> {
        @Override
        String make(int i) {
            return "item-" + i;
        }
    }

    abstract static class Stack<E> {
        E[] items;
        int size;

        @SuppressWarnings("unchecked")
        Stack(int capacity) {
            items = (E[]) new Object[capacity];
        }

        void push(E e) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = e;
        }

        @Coroutine
        InProgress<List<E>> drain() {
            List<E> out = new ArrayList<>();
            while (size > 0) {
                E e = items[--size];
                items[size] = null;
                out.add(yield_(soon(e)));
            }
            return done(out);
        }
    }

    record Pair<A, B>(A first, B second) {
        @Override
        public String toString() {
            return "(" + first + "," + second + ")";
        }
    }

    @Coroutine
    static <A, B> InProgress<List<Pair<A, B>>> zip(List<A> as, List<B> bs) {
        List<Pair<A, B>> out = new ArrayList<>();
        for (int i = 0; i < Math.min(as.size(), bs.size()); i++)
            out.add(new Pair<>(yield_(soon(as.get(i))), bs.get(i)));
        return done(out);
    }

    @Coroutine
    static <T extends Comparable<? super T>> InProgress<T> max(T first, T[] rest) {
        T best = first;
        for (T t : rest) if (yield_(soon(t)).compareTo(best) > 0) best = t;
        return done(best);
    }

    public static void main(String[] args) {
        Source<String> plain = new Plain();
        System.out.println("base: " + plain.next(1).await());
        Upper up = new Bridges_Upper_Coroutines();
        System.out.println("sub: " + up.next(2).await());
        Source<String> asBase = up;
        System.out.println("via base ref: " + asBase.next(3).await());
        Stack<String> st = new Bridges_Stack_Coroutines<>(1);
        st.push("a");
        st.push("b");
        st.push("c");
        System.out.println("stack: " + st.drain().await());
        System.out.println("pairs: " + Bridges_Coroutines.zip(List.of(1, 2, 3), List.of("x", "y")).await());
        System.out.println("max=" + Bridges_Coroutines.max(3, new Integer[] {9, 4}).await());
    }
}
