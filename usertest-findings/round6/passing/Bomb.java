import java.util.*;
import java.util.function.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Bomb<T extends Comparable<? super T>> {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine
    InProgress<List<T>> merge(List<? extends T> left, List<? extends T> right) {
        List<T> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < left.size() || j < right.size()) {
            T next = j >= right.size() || i < left.size() && yield_(later(left.get(i))).compareTo(right.get(j)) <= 0 ? left.get(i++) : right.get(j++);
            out.add(next);
        }
        return done(out);
    }

    @Coroutine
    InProgress<List<T>> sort(List<? extends T> xs) {
        if (xs.size() <= 1) return done(new ArrayList<>(xs));
        int mid = xs.size() >>> 1;
        return merge(yield_(sort(xs.subList(0, mid))), yield_(sort(xs.subList(mid, xs.size()))));
    }

    @Coroutine
    InProgress<T> pick(boolean first, List<T> a, List<T> b) {
        yield_();
        T v = first ? a.get(0) : b.get(0);
        Optional<T> o = Optional.of(yield_(later(v)));
        return done(o.map(Function.identity()).orElseThrow());
    }

    public static void main(String[] args) {
        Bomb<Integer> b = new Bomb_Coroutines<>();
        System.out.println(b.sort(List.of(5, 3, 9, 1, 7, 2, 8)).await());
        System.out.println(b.pick(false, List.of(1), List.of(2)).await());
    }
}
