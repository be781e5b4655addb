package r11;

import kaa.*;
import java.net.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/*
 * P36: sockets (kaa IOChannel/kaa.Socket): listen with automatic accept, connect, readline (delimiter included),
 * write queued -> InProgress, close() drains queued writes first, then finishes pending reads and emits closed;
 * read() at EOF -> empty. README: same, plus "Waiting reads finish with what was received", closed signal true for
 * an expected close.
 * EXPECTED: server got "hello\n" (delimiter included) and "world\n"; client writes many bytes then close() at once ->
 *   server receives all 200000 bytes then EOF (empty array); client's closed signal true; a read pending on the
 *   server side of a connection the server closes itself finishes (empty); connect to a closed port -> ConnectException.
 */
abstract class P36Sockets {
    @Coroutine InProgress<String> server(kaa.Socket listener) {
        kaa.Socket c = yield_(listener.accept());
        String l1 = new String(yield_(c.readLine()), UTF_8);
        String l2 = new String(yield_(c.readLine()), UTF_8);
        long total = 0;
        for (;;) {
            byte[] chunk = yield_(c.read());
            if (chunk.length == 0) break;
            total += chunk.length;
        }
        InProgress<byte[]> pending = c.read();
        c.close();
        byte[] last = yield_(pending);
        return done("l1=" + l1.replace("\n", "\\n") + " l2=" + l2.replace("\n", "\\n") + " bulk=" + total + " EOF ok; pending read after own close -> " + last.length + " bytes");
    }
    @Coroutine InProgress<String> client(int port) {
        kaa.Socket s = new kaa.Socket();
        s.closed().connect(expected -> System.out.println("client closed signal: expected=" + expected));
        yield_(s.connect("127.0.0.1", port));
        yield_(s.write("hello\nwor"));
        s.write("ld\n");
        s.write(new byte[200_000]);        // queued, not awaited
        yield_(s.close());                  // must send everything queued first
        return done("client done");
    }
    @Coroutine InProgress<String> refused(int port) {
        try { yield_(new kaa.Socket().connect("127.0.0.1", port), ConnectException.class); return done("connected?!"); }
        catch (ConnectException e) { return done("refused: " + V.name(e)); }
    }
    public static void main(String[] a) throws Exception {
        var o = new P36Sockets_Coroutines();
        var listener = new kaa.Socket();
        listener.listen(0);
        int port = ((InetSocketAddress) listener.localAddress()).getPort();
        var srv = o.server(listener);
        var cli = o.client(port);
        System.out.println(cli.await(java.time.Duration.ofSeconds(10)));
        System.out.println(srv.await(java.time.Duration.ofSeconds(10)));
        yield_close(listener);
        int freePort; try (var ss = new ServerSocket(0)) { freePort = ss.getLocalPort(); }
        System.out.println(o.refused(freePort).await(java.time.Duration.ofSeconds(10)));
    }
    static void yield_close(kaa.Socket s) { s.close().await(); }
}
