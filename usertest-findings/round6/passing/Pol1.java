import java.util.*;
import kaa.*;
import static kaa.Async.*;

public abstract class Pol1<T> {
    final List<String> log = new ArrayList<>();

    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    @Coroutine(policy = Policy.PASS_LAST)
    InProgress<String> chain(T item) {
        String before = last() == null ? "" : yield_(last()) + ",";
        return done(before + yield_(later(item)));
    }

    @Coroutine(policy = Policy.SYNCHRONIZED)
    InProgress<Void> write(T item) {
        log.add("start " + item);
        yield_(later(item));
        log.add("end " + item);
        return done();
    }

    @Coroutine(policy = Policy.SINGLETON)
    <R> InProgress<List<R>> once(R r) {
        yield_();
        return done(List.of(r));
    }

    public static void main(String[] args) {
        Pol1<Integer> p = new Pol1_Coroutines<>();
        p.chain(1);
        p.chain(2);
        System.out.println(p.chain(3).await());
        p.write(1);
        p.write(2);
        p.write(3).await();
        System.out.println(p.log);
        InProgress<List<String>> a = p.once("a");
        InProgress<List<Integer>> b = p.once(5);
        System.out.println(a.await() + " " + (a == (Object) b));
    }
}
