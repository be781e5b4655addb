import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| rethrown IOException: disk full
//| flow-scoped: HELLO
//| not a string: 42
//| loop binding: abc
//| assert tripped: size was 2
//| witness: [x]
//| do-while: 1 2 4 8 16
public abstract class Misc {
    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    static <T> List<T> listOf(T t) {
        List<T> l = new ArrayList<>();
        l.add(t);
        return l;
    }

    @Coroutine
    InProgress<String> save(String data) throws IOException {
        try {
            yield_(InProgress.failed(new IOException("disk full")), IOException.class);
            return done("saved " + data);
        } catch (Exception e) {
            yield_();
            throw e;
        }
    }

    @Coroutine
    InProgress<String> shout(Object o) {
        if (!(o instanceof String s)) {
            yield_();
            return done("not a string: " + o);
        }
        yield_();
        return done("flow-scoped: " + s.toUpperCase());
    }

    @Coroutine
    InProgress<String> firstString(List<Object> items) {
        int i = 0;
        Object o = items.get(i);
        while (!(o instanceof String s)) {
            o = yield_(soon(items.get(++i)));
        }
        yield_();
        return done("loop binding: " + s);
    }

    @Coroutine
    InProgress<String> checked(List<Integer> xs) {
        try {
            int n = yield_(soon(xs.size()));
            assert n < 2 : "size was " + n;
            return done("no assert");
        } catch (AssertionError e) {
            return done("assert tripped: " + e.getMessage());
        }
    }

    @Coroutine
    InProgress<String> witness() {
        List<String> l = Misc.<String>listOf(yield_(soon("x")));
        return done("witness: " + l);
    }

    @Coroutine
    InProgress<String> doubling() {
        var sb = new StringBuilder("do-while:");
        int v = 1;
        do {
            sb.append(' ').append(v);
            v *= 2;
        } while (yield_(soon(v <= 16)));
        return done(sb.toString());
    }

    public static void main(String[] args) {
        Misc m = new Misc_Coroutines();
        try {
            m.save("x").await();
        } catch (java.util.concurrent.CompletionException e) {
            System.out.println("rethrown " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            System.out.println("direct " + e);
        }
        System.out.println(m.shout("hello").await());
        System.out.println(m.shout(42).await());
        System.out.println(m.firstString(List.of(1, 2, "abc", "d")).await());
        System.out.println(m.checked(List.of(1, 2)).await());
        System.out.println(m.witness().await());
        System.out.println(m.doubling().await());
    }
}
