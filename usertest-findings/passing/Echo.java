import java.net.ConnectException;
import java.net.InetSocketAddress;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

//| client got: ECHO hello
//| client got: ECHO world
//| server saw 2 lines
//| refused: no answer
public abstract class Echo {
    int served;

    @Coroutine
    InProgress<Void> serve(Socket server) {
        Socket client = yield_(server.accept());
        try {
            while (true) {
                byte[] line = yield_(client.readLine());
                if (line.length == 0) break;
                String text = new String(line, UTF_8).strip();
                served++;
                yield_(client.write("ECHO " + text + "\n"));
            }
        } finally {
            client.close();
        }
        return done();
    }

    @Coroutine
    InProgress<Void> talk(int port, String... lines) {
        Socket socket = new Socket();
        try {
            yield_(socket.connect("127.0.0.1", port), ConnectException.class);
            for (String l : lines) {
                yield_(socket.write(l + "\n"));
                System.out.println("client got: " + new String(yield_(socket.readLine()), UTF_8).strip());
            }
        } catch (ConnectException e) {
            System.out.println("unexpected: " + e);
        } finally {
            socket.close();
        }
        return done();
    }

    @Coroutine
    InProgress<String> ask(int port) {
        Socket socket = new Socket();
        try {
            yield_(socket.connect("127.0.0.1", port), ConnectException.class);
            return done("connected?!");
        } catch (ConnectException refused) {
            return done("no answer");
        } finally {
            socket.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Echo echo = new Echo_Coroutines();
        Socket server = new Socket();
        server.listen(new InetSocketAddress("127.0.0.1", 0));
        int port = ((InetSocketAddress) server.localAddress()).getPort();
        InProgress<Void> serving = echo.serve(server);
        echo.talk(port, "hello", "world").await();
        serving.await();
        System.out.println("server saw " + echo.served + " lines");
        server.close();
        int closedPort;
        try (var probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        System.out.println("refused: " + echo.ask(closedPort).await());
    }
}
