package r11;

import kaa.*;
import java.time.Duration;

/*
 * P54: stop() from another thread ends run() promptly (kaa: stop + wakeup); Main.run() blocked in select with no
 * timers must be woken.
 * EXPECTED: run() returns about 200 ms after start (not hang).
 */
class P54StopFromWorker {
    public static void main(String[] a) {
        long t0 = System.nanoTime();
        new Thread(() -> { try { Thread.sleep(200); } catch (InterruptedException e) {} Main.stop(); }).start();
        Main.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("run() returned after stop() from a worker: " + (ms < 2000 ? "promptly" : ms + "ms"));
    }
}
