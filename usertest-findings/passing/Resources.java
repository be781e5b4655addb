import java.util.ArrayList;
import java.util.List;
import kaa.*;
import static kaa.Async.*;

//| open a
//| open b
//| use a+b
//| close b
//| close a
//| result 2
//| open c
//| close c
//| caught boom in c, suppressed=[close failed c]
//| open d
//| close d
//| events=[a, b, c, d]
public abstract class Resources {
    final List<String> events = new ArrayList<>();

    final class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            System.out.println("open " + name);
            events.add(name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failClose) throw new IllegalStateException("close failed " + name);
        }
    }

    static <T> InProgress<T> soon(T v) {
        var ip = new InProgress<T>();
        Main.post(() -> ip.finish(v));
        return ip;
    }

    @Coroutine
    InProgress<Integer> twoResources() {
        try (Res a = new Res("a", false); var b = new Res(yield_(soon("b")), false)) {
            yield_();
            System.out.println("use " + a.name + "+" + b.name);
            return done(yield_(soon(2)));
        }
    }

    @Coroutine
    InProgress<String> failing() {
        try (Res c = new Res("c", true)) {
            yield_(soon(1));
            throw new RuntimeException("boom in " + c.name);
        } catch (RuntimeException e) {
            List<String> sup = new ArrayList<>();
            for (Throwable t : e.getSuppressed()) sup.add(t.getMessage());
            return done("caught " + e.getMessage() + ", suppressed=" + sup);
        }
    }

    @Coroutine
    InProgress<Void> existingVariable() {
        Res d = new Res("d", false);
        try (d) {
            yield_();
        }
        return done();
    }

    public static void main(String[] args) {
        Resources r = new Resources_Coroutines();
        System.out.println("result " + r.twoResources().await());
        System.out.println(r.failing().await());
        r.existingVariable().await();
        System.out.println("events=" + r.events);
    }
}
