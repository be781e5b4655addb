import java.io.IOException;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;
import kaa.*;
import static kaa.Async.*;

public abstract class Thumbs {
    record Img(String name, int bytes) {}
    sealed interface Res permits Ok, Bad, Cancelled {}
    record Ok(String name, int size) implements Res {}
    record Bad(String name, String why) implements Res {}
    record Cancelled(String name) implements Res {}

    static final AtomicInteger interrupted = new AtomicInteger();
    final List<String> order = Collections.synchronizedList(new ArrayList<>());

    @Threaded(pool = "img", priority = 0)
    InProgress<Integer> scale(Img img) {
        order.add(img.name());
        if (img.bytes() < 0) return InProgress.failed(new IOException("corrupt " + img.name()));
        try {
            Thread.sleep(img.bytes());
        } catch (InterruptedException e) {
            interrupted.incrementAndGet();
            return done(-1);
        }
        return done(img.bytes() / 2);
    }

    @Threaded(pool = "img", priority = 10)
    InProgress<Integer> urgent(Img img) {
        order.add("!" + img.name());
        return done(img.bytes());
    }

    @Coroutine
    InProgress<Res> one(Img img, Duration limit) {
        try {
            int size = img.name().startsWith("vip")
                ? yield_(urgent(img))
                : yield_(scale(img).timeout(limit, true), IOException.class);
            return done(new Ok(img.name(), size));
        } catch (InProgressTimeoutException e) {
            return done(new Cancelled(img.name()));
        } catch (IOException e) {
            return done(new Bad(img.name(), e.getMessage()));
        }
    }

    @Coroutine
    InProgress<List<Res>> batch(List<Img> imgs) {
        List<InProgress<Res>> all = new ArrayList<>();
        for (Img i : imgs) all.add(one(i, Duration.ofMillis(60)));
        return InProgress.all(all);
    }

    public static void main(String[] args) throws Exception {
        ThreadPool.builder("img").size(1).register();
        Thumbs t = new Thumbs_Coroutines();
        var imgs = List.of(new Img("a", 10), new Img("b", 500), new Img("c", -1), new Img("d", 20), new Img("vip1", 7), new Img("vip2", 8));
        for (Res r : t.batch(imgs).await()) {
            System.out.println(switch (r) {
                case Ok(var n, var s) when s < 0 -> n + " interrupted";
                case Ok(var n, var s) -> n + " -> " + s;
                case Bad(var n, var why) -> n + " failed: " + why;
                case Cancelled(var n) -> n + " cancelled";
            });
        }
        Thread.sleep(50);
        System.out.println("interrupted=" + interrupted.get() + " order=" + t.order);
    }
}
