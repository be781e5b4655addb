package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P32: @threaded(pool=None): a new thread per call; the result is delivered on the loop thread; a coroutine awaits
 * it like any InProgress; an exception arrives as the same object.
 * README: default pool "" = "a new daemon thread per call, named after the method (Thumbnails.scale)"; "The outcome
 * is delivered on the notifier thread".
 * EXPECTED: body thread name "P32Threaded.work", daemon=true, not the main thread; two calls -> two distinct threads;
 *   callback thread == loop thread (main); failure same object at the yield_.
 */
abstract class P32Threaded {
    static final IllegalStateException E = new IllegalStateException("worker failed");
    @Threaded InProgress<String> work(int n) {
        var t = Thread.currentThread();
        if (n < 0) throw E;
        return done(t.getName() + "/daemon=" + t.isDaemon() + "/id=" + t.getId());
    }
    @Coroutine InProgress<String> use() {
        String a = yield_(work(1));
        String b = yield_(work(2));
        System.out.println("resumed on " + Thread.currentThread().getName());
        try { yield_(work(-1)); } catch (IllegalStateException e) { System.out.println("same failure object=" + (e == E)); }
        return done(a + " | " + b);
    }
    public static void main(String[] x) {
        var o = new P32Threaded_Coroutines();
        var ip = o.work(3);
        ip.connect(v -> System.out.println("callback on " + Thread.currentThread().getName()));
        ip.await();
        System.out.println(o.use().await());
    }
}
