package r11;

import kaa.*;
import java.net.*;
import java.nio.file.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/*
 * P52: kaa Socket addresses: host:port, [v6]:port, tuples, Unix socket paths. README: "TCP over IPv4 and IPv6,
 * Unix domain sockets (UnixDomainSocketAddress)".
 * EXPECTED: echo of one line over ::1 (if the host has IPv6 loopback) and over a Unix domain socket.
 */
abstract class P52SocketAddresses {
    @Coroutine InProgress<String> echoOnce(kaa.Socket server, SocketAddress target) {
        server.newClient().connectOnce(c -> c.readLine().connect(l -> c.write(l).connect(v -> c.close())));
        var s = new kaa.Socket();
        yield_(s.connect(target));
        yield_(s.write("ping\n"));
        var r = new String(yield_(s.readLine()), UTF_8).strip();
        yield_(s.close());
        return done(r);
    }
    public static void main(String[] a) throws Exception {
        var o = new P52SocketAddresses_Coroutines();
        try {
            var v6 = new kaa.Socket(); v6.listen(new InetSocketAddress("::1", 0));
            System.out.println("IPv6 [::1]: " + o.echoOnce(v6, v6.localAddress()).await(java.time.Duration.ofSeconds(10)));
            v6.close().await();
        } catch (Exception e) { System.out.println("IPv6 not available here: " + V.name(e)); }
        var path = Path.of(System.getProperty("java.io.tmpdir"), "p52.sock"); Files.deleteIfExists(path);
        var ux = new kaa.Socket(); ux.listen(UnixDomainSocketAddress.of(path));
        System.out.println("unix " + path + ": " + o.echoOnce(ux, UnixDomainSocketAddress.of(path)).await(java.time.Duration.ofSeconds(10)));
        ux.close().await();
        Files.deleteIfExists(path);
    }
}
