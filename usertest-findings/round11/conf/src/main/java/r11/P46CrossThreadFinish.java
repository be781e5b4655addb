package r11;

import kaa.*;
import java.io.IOException;
import static kaa.Async.*;

/*
 * P46: an InProgress finished on another thread while the loop runs: README: "after yield_(ip), on the loop thread
 * while one drives the loop (an ip finished on another thread is posted there)". kaa threads deliver results on the
 * main loop thread. Also a checked failure: yield_(ip, IOException.class) rethrows the IOException itself; `return ip`
 * finishes the coroutine with ip's failure (same object).
 * EXPECTED: resumed on main with "w"; caught IOException same=true; returned-failure same=true.
 */
abstract class P46CrossThreadFinish {
    static final IOException IOE = new IOException("disk");
    @Coroutine InProgress<String> c(InProgress<String> a, InProgress<String> b, InProgress<String> fwd) {
        String v = yield_(a);
        System.out.println("resumed on " + Thread.currentThread().getName() + " with " + v);
        try { yield_(b, IOException.class); } catch (IOException e) { System.out.println("caught IOException same=" + (e == IOE)); }
        return fwd;
    }
    public static void main(String[] x) {
        var a = new InProgress<String>(); var b = new InProgress<String>(); var fwd = new InProgress<String>();
        var co = new P46CrossThreadFinish_Coroutines().c(a, b, fwd);
        var boom = new IllegalStateException("fwd");
        co.connectBoth(v -> Main.stop(), e -> { System.out.println("returned-failure same=" + (e == boom)); Main.stop(); });
        new Thread(() -> {
            sleep(100); a.finish("w"); sleep(50); b.fail(IOE); sleep(50); fwd.fail(boom);
        }, "worker").start();
        Main.run();
    }
    static void sleep(long ms) { try { Thread.sleep(ms); } catch (InterruptedException e) {} }
}
