package r11;

import kaa.*;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.time.Duration;

/*
 * P28: order of work inside ONE main-loop step. kaa (main.py/nf_generic.py): "A step: wait in select() until the
 * next timer is due or a registered descriptor is ready, run due timers (in the order they were started), dispatch
 * ready descriptors, run callbacks queued by other threads".
 * README: describes no order within a step (only the stress table: 1M timers fire "in deadline order").
 * Setup (virtual time, nothing runs until the single step()):
 *   - posted from another thread: "posted"
 *   - a pipe with a byte ready, watched by IOMonitor: "io"
 *   - timers: A started first with 20ms, B started second with 10ms; the clock is then advanced by 50ms so both
 *     are overdue when the step starts.
 * EXPECTED (kaa): timer A, timer B, io, posted
 */
class P28StepOrder {
    public static void main(String[] a) throws Exception {
        var clock = V.virtual();
        new OneShotTimer(() -> System.out.println("timer A (started 1st, 20ms)")).start(Duration.ofMillis(20));
        new OneShotTimer(() -> System.out.println("timer B (started 2nd, 10ms)")).start(Duration.ofMillis(10));
        var pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        var mon = new IOMonitor(pipe.source(), ops -> {
            System.out.println("io");
            pipe.source().read(ByteBuffer.allocate(16));
        });
        mon.watch(IOMonitor.READ);
        pipe.sink().write(ByteBuffer.wrap(new byte[]{1}));
        var t = new Thread(() -> Main.post(() -> System.out.println("posted")));
        t.start(); t.join();
        clock.advance(Duration.ofMillis(50));
        Thread.sleep(100);
        System.out.println("-- one step()");
        Main.step();
        System.out.println("-- end of step");
        mon.unregister();
    }
}
