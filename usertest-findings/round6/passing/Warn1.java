import java.util.*;
import kaa.*;
import static kaa.Async.*;

@SuppressWarnings({"unchecked", "rawtypes"})
public abstract class Warn1 {
    @Coroutine
    static <U> InProgress<U> later(U v) {
        yield_();
        return done(v);
    }

    static class Old {
        @Deprecated static int legacy(int x) { return x * 2; }
    }

    @Coroutine
    InProgress<String> classLevel(Object o) {
        List<String> l = (List<String>) yield_(later(o));
        List raw = new ArrayList();
        raw.add(yield_(later("r")));
        return done(l.get(0) + raw);
    }

    @Coroutine
    @SuppressWarnings("deprecation")
    InProgress<Integer> methodLevel() {
        int a = Old.legacy(yield_(later(2)));
        return done(a + Old.legacy(1));
    }

    @Coroutine
    InProgress<Integer> localLevel(Object o) {
        @SuppressWarnings("deprecation") int a = Old.legacy(yield_(later(3)));
        yield_();
        return done(a);
    }

    public static void main(String[] args) {
        Warn1 w = new Warn1_Coroutines();
        System.out.println(w.classLevel(List.of("q")).await() + w.methodLevel().await() + w.localLevel(null).await());
    }
}
