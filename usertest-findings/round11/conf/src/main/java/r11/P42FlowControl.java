package r11;

import kaa.*;
import java.net.InetSocketAddress;
import java.time.Duration;
import static kaa.Async.*;

/*
 * P42: IOChannel "reads only while someone wants data (flow control)"; README: "The socket reads from the kernel only
 * while a read waits ... so a slow reader slows the peer down" and "A write that does not fit finishes only when there
 * is room, so a coroutine that awaits its writes keeps to the peer's pace".
 * EXPECTED: the writer awaits 64 KiB writes; with a reader that never reads, the writer stalls after a bounded
 *   amount (kernel buffers + write queue + read buffer: a few MiB at most), not 100 MiB; once the reader reads, the
 *   writer completes.
 */
abstract class P42FlowControl {
    static long written;
    @Coroutine InProgress<Void> writer(int port) {
        kaa.Socket s = new kaa.Socket();
        yield_(s.connect("127.0.0.1", port));
        byte[] chunk = new byte[64 << 10];
        for (int i = 0; i < 1600; i++) { yield_(s.write(chunk)); written += chunk.length; }
        yield_(s.close());
        return done();
    }
    @Coroutine InProgress<Long> drain(kaa.Socket c) {
        long n = 0;
        for (;;) { byte[] b = yield_(c.read()); if (b.length == 0) break; n += b.length; }
        return done(n);
    }
    public static void main(String[] a) throws Exception {
        var o = new P42FlowControl_Coroutines();
        var l = new kaa.Socket(); l.listen(0);
        int port = ((InetSocketAddress) l.localAddress()).getPort();
        var acc = l.accept();
        var w = o.writer(port);
        var c = acc.await();
        delay(Duration.ofMillis(1500)).await();
        System.out.println("writer stalled: " + !w.isFinished() + " ; written while nobody reads: " + (written >> 20) + " MiB (bounded, < 100)");
        System.out.println("drained " + (o.drain(c).await(Duration.ofSeconds(30)) >> 20) + " MiB ; writer finished=" + w.isFinished());
    }
}
