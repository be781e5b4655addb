// Passing program 04: TCP echo server + 3 concurrent clients on loopback, accept loop, readLine/write/read EOF, abort, ConnectException after close
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p04echo.EchoServer
// Expected output (checked by hand against the README's semantics; timings may vary):
//   [A:HELLO, A:WORLD, bye!, eof=true]
//   [B:X, bye!, eof=true]
//   [C:1, C:2, C:3, bye!, eof=true]
//   served 3
//   server: accept loop ends
//   loop finished=true failed=true
//   refused: ConnectException
package p04echo;

import java.io.IOException;
import java.net.*;
import java.time.Duration;
import java.util.*;
import kaa.*;
import kaa.Socket;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/** Echo server on loopback with several concurrent clients, all on one thread. */
public abstract class EchoServer {
    final Socket server = new Socket();
    int served;

    int start() throws IOException {
        server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Coroutine
    InProgress<Void> acceptLoop() {
        try {
            for (;;) {
                Socket client = yield_(server.accept());
                serve(client);
            }
        } finally {
            System.out.println("server: accept loop ends");
        }
    }

    @Coroutine
    InProgress<Void> serve(Socket client) {
        try {
            for (;;) {
                var line = new String(yield_(client.readLine()), UTF_8);
                if (line.isEmpty()) break;           // end of stream
                var text = line.strip();
                if (text.equals("bye")) {
                    yield_(client.write("bye!\n"));
                    break;
                }
                yield_(client.write(text.toUpperCase(Locale.ROOT) + "\n"));
            }
        } finally {
            served++;
            client.close();
        }
        return done();
    }

    void stop() { server.close().await(); }   // await: the listener closes on the loop (see findings/01)

    abstract static class Client {
        @Coroutine
        InProgress<List<String>> talk(int port, String name, List<String> lines) throws ConnectException {
            var socket = new Socket();
            var answers = new ArrayList<String>();
            try {
                yield_(socket.connect("127.0.0.1", port), ConnectException.class);
                for (var l : lines) {
                    yield_(socket.write(name + ":" + l + "\n"));
                    yield_(delay(Duration.ofMillis(5)));
                    answers.add(new String(yield_(socket.readLine()), UTF_8).strip());
                }
                yield_(socket.write("bye\n"));
                answers.add(new String(yield_(socket.readLine()), UTF_8).strip());
                var eof = yield_(socket.read());
                answers.add("eof=" + (eof.length == 0));
            } finally {
                socket.close();
            }
            return done(answers);
        }
    }

    public static void main(String[] args) throws Exception {
        EchoServer server = new EchoServer_Coroutines();
        int port = server.start();
        var loop = server.acceptLoop();
        var client = new EchoServer_Client_Coroutines();
        var results = InProgress.all(
                client.talk(port, "a", List.of("hello", "world")),
                client.talk(port, "b", List.of("x")),
                client.talk(port, "c", List.of("1", "2", "3"))).await(Duration.ofSeconds(5));
        results.forEach(System.out::println);
        System.out.println("served " + server.served);
        loop.abort();
        server.stop();
        System.out.println("loop finished=" + loop.isFinished() + " failed=" + loop.isFailed());

        // connecting to a closed port
        try {
            client.talk(port, "d", List.of()).await(ConnectException.class);
        } catch (ConnectException e) {
            System.out.println("refused: " + e.getClass().getSimpleName());
        }
    }
}
