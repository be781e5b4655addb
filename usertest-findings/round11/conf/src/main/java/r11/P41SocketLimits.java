package r11;

import kaa.*;
import java.net.InetSocketAddress;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/*
 * P41: readline cap ("1 MiB cap" in kaa, configurable); README: "a longer line fails with LineTooLongException,
 * an IOException, and consumes nothing". Pending writes fail when the channel closes early (kaa) / README:
 * "closeNow() drops what is queued (those writes fail)".
 * EXPECTED: readLine on "0123456789abcdef\n" with max 8 -> LineTooLongException; then readExactly(17) returns the
 *   whole line (nothing consumed); default maxLineLength = 1048576; a big write queued then closeNow() -> fails.
 */
abstract class P41SocketLimits {
    static final byte[] BIG = new byte[64 << 20];   // allocated outside the loop (zeroing 64 MiB is a slow step)
    @Coroutine InProgress<String> server(kaa.Socket l) {
        kaa.Socket c = yield_(l.accept());
        c.setMaxLineLength(8);
        String r;
        try { yield_(c.readLine(), LineTooLongException.class); r = "readLine returned?!"; }
        catch (LineTooLongException e) { r = "readLine -> " + V.name(e); }
        byte[] all = yield_(c.readExactly(17));
        c.close();
        return done(r + " ; then readExactly(17)=" + new String(all, UTF_8).replace("\n", "\\n"));
    }
    @Coroutine InProgress<String> client(int port) {
        kaa.Socket s = new kaa.Socket();
        System.out.println("default maxLineLength=" + s.maxLineLength());
        yield_(s.connect("127.0.0.1", port));
        yield_(s.write("0123456789abcdef\n"));
        s.setWriteQueueLimit(1024);
        InProgress<Void> big = s.write(BIG);   // 64 MiB: cannot be handed over at once
        InProgress<Void> queued = s.write("after");
        s.closeNow();
        String r1 = "big write: ", r2 = "queued write: ";
        try { yield_(big); r1 += "finished"; } catch (Exception e) { r1 += "failed " + V.name(e); }
        try { yield_(queued); r2 += "finished"; } catch (Exception e) { r2 += "failed " + V.name(e); }
        return done(r1 + " ; " + r2);
    }
    public static void main(String[] a) throws Exception {
        var o = new P41SocketLimits_Coroutines();
        var l = new kaa.Socket(); l.listen(0);
        int port = ((InetSocketAddress) l.localAddress()).getPort();
        var srv = o.server(l);
        System.out.println(o.client(port).await(java.time.Duration.ofSeconds(10)));
        System.out.println(srv.await(java.time.Duration.ofSeconds(10)));
    }
}
