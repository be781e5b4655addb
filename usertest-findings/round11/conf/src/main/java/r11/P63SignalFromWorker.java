package r11;

import kaa.*;
import static kaa.Async.*;

/*
 * P63: a coroutine awaiting signal.next() while a worker thread emits: README: after yield_(ip) the body runs "on the
 * loop thread while one drives the loop (an ip finished on another thread is posted there)".
 * EXPECTED: "resumed with hello on main".
 */
abstract class P63SignalFromWorker {
    @Coroutine InProgress<String> listen(Signal<String> s) {
        String v = yield_(s.next());
        return done("resumed with " + v + " on " + Thread.currentThread().getName());
    }
    public static void main(String[] a) {
        var s = new Signal<String>();
        var c = new P63SignalFromWorker_Coroutines().listen(s);
        new Thread(() -> { try { Thread.sleep(100); } catch (InterruptedException e) {} s.emit("hello"); }, "emitter").start();
        System.out.println(c.await());
    }
}
