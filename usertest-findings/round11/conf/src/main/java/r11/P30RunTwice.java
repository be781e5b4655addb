package r11;

import kaa.*;
import java.time.Duration;

/*
 * P30: Main loop API. kaa: run() is an error if already running; stop(); is_running(); is_mainthread();
 * signals init, step, shutdown. README: "stop() that comes before run() starts is kept for that run()".
 * EXPECTED: nested Main.run() from a callback on the loop thread -> an error (exception), not a hang/deadlock;
 *   isRunning true inside, isMainThread true inside / false in a worker; init and shutdown signals fire once.
 *   stop() before run() -> that run() returns at once.
 */
class P30RunTwice {
    public static void main(String[] a) throws Exception {
        V.virtual();
        var n = Main.notifier();
        n.initSignal().connect(v -> V.p("init signal"));
        n.shutdownSignal().connect(v -> V.p("shutdown signal"));
        new OneShotTimer(() -> {
            V.p("inside: isRunning=" + Main.isRunning() + " isMainThread=" + Main.isMainThread());
            boolean[] w = {true};
            var t = new Thread(() -> w[0] = Main.isMainThread()); t.start();
            try { t.join(); } catch (InterruptedException e) {}
            V.p("worker isMainThread=" + w[0]);
            try { Main.run(); V.p("nested run() returned without error"); }
            catch (RuntimeException e) { V.p("nested run() threw " + V.name(e)); }
            Main.stop();
        }).start(Duration.ofMillis(5));
        Main.run();
        V.p("run returned; isRunning=" + Main.isRunning());
        Main.stop();
        long t0 = System.nanoTime();
        new OneShotTimer(() -> V.p("timer in 2nd run (should not run if stop() kept)")).start(Duration.ofMillis(5));
        Main.run();
        V.p("2nd run() after early stop() returned");
    }
}
