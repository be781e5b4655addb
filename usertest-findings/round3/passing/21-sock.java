// Passing program 21: readLine partial last line, readExactly EOFException, Unix domain socket
// Build/run: javac -d out -cp $RT -processorpath $PROC Sock.java && java -cp out:$RT Sock   (RT/PROC as in findings headers)
// Expected output:
//   [one
//   ][two-without-newline] then 0
//   exact failed: java.io.EOFException: the stream ended after 5 of the 10 bytes read exactly; they stay buffered
//   [uds
//   ][] then 0
import java.net.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import kaa.*;
import kaa.Socket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

public abstract class Sock {
    @Coroutine
    InProgress<String> serverSide(Socket server, String reply) {
        var c = yield_(server.accept());
        yield_(c.write(reply));
        yield_(c.close());
        return done("server sent " + reply.length());
    }

    @Coroutine
    InProgress<String> clientSide(SocketAddress addr, String op) throws Exception {
        var s = new Socket();
        yield_(s.connect(addr), Exception.class);
        try {
            return done(switch (op) {
                case "line" -> {
                    var a = new String(yield_(s.readLine()), UTF_8);
                    var b = new String(yield_(s.readLine()), UTF_8);
                    var c = yield_(s.readLine());
                    yield "[" + a + "][" + b + "] then " + c.length;
                }
                case "exact" -> new String(yield_(s.readExactly(10)), UTF_8);
                default -> "?";
            });
        } catch (Exception e) {
            return done(op + " failed: " + e);
        } finally {
            s.close();
        }
    }

    @Coroutine
    InProgress<String> scenario(SocketAddress bind, String op, String reply) throws Exception {
        var server = new Socket();
        server.listen(bind);
        var srv = serverSide(server, reply);
        var r = yield_(clientSide(server.localAddress(), op), Exception.class);
        yield_(srv);
        yield_(server.close());
        return done(r);
    }

    public static void main(String[] a) throws Exception {
        Sock s = new Sock_Coroutines();
        var lo = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        System.out.println(s.scenario(lo, "line", "one\ntwo-without-newline").await(Exception.class));
        System.out.println(s.scenario(lo, "exact", "short").await(Exception.class));
        var path = Files.createTempDirectory("uds").resolve("s.sock");
        System.out.println(s.scenario(UnixDomainSocketAddress.of(path), "line", "uds\n").await(Exception.class));
        // connect timeout to a blackhole address
        var sock = new Socket();
        try {
            sock.connect("10.255.255.1", 9).timeout(Duration.ofMillis(200), true).await(Exception.class);
        } catch (Exception e) {
            System.out.println("connect: " + e.getClass().getSimpleName() + " " + e.getMessage() + "; connected=" + sock.isConnected() + " closed=" + sock.isClosed());
        }
    }
}
