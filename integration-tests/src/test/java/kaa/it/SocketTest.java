package kaa.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;
import kaa.Notifier;
import kaa.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coroutines written with {@code @Coroutine} that use {@link Socket}: a line server and its clients, over loopback. */
@ExtendWith(NotifierReports.class)
class SocketTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Notifier previousNotifier;
    private Notifier notifier;

    @BeforeEach
    void freshNotifier() {
        previousNotifier = Main.notifier();
        notifier = new Notifier();
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeNotifier() {
        Main.setNotifier(previousNotifier);
        notifier.close();
    }

    abstract static class LineService {
        final List<String> log = new ArrayList<>();

        /** Accepts {@code clients} clients and serves each in a coroutine of its own. */
        @Coroutine
        InProgress<Integer> acceptClients(Socket server, int clients) {
            List<InProgress<Integer>> served = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Socket client = yield_(server.accept());
                served.add(serve(client));
            }
            int lines = 0;
            for (InProgress<Integer> one : served) {
                lines += yield_(one);
            }
            server.close();
            return done(lines);
        }

        /** Answers each line with its upper-case version until the client ends its side; returns the line count. */
        @Coroutine
        InProgress<Integer> serve(Socket client) {
            int lines = 0;
            try {
                for (;;) {
                    byte[] line = yield_(client.readLine());
                    if (line.length == 0) {
                        return done(lines);
                    }
                    lines++;
                    yield_(client.write(new String(line, UTF_8).toUpperCase(Locale.ROOT)));
                }
            } finally {
                yield_(client.close());
            }
        }

        /** The seed's fetch: connect, send, read the answer, with a refused connection handled in the body. */
        @Coroutine
        InProgress<String> ask(InetSocketAddress server, String... questions) {
            Socket socket = new Socket();
            try {
                yield_(socket.connect(server.getHostString(), server.getPort()), ConnectException.class);
            } catch (ConnectException refused) {
                log.add("refused");
                return done("no answer");
            }
            StringBuilder answers = new StringBuilder();
            try {
                for (String question : questions) {
                    yield_(socket.write(question + "\n"));
                    answers.append(new String(yield_(socket.readLine()), UTF_8));
                }
                yield_(socket.shutdownOutput());
                byte[] end = yield_(socket.read());
                log.add("end of stream: " + end.length);
            } finally {
                socket.close();
            }
            return done(answers.toString());
        }
    }

    @Test
    void aCoroutineServerAnswersCoroutineClients() throws IOException {
        LineService service = new SocketTest_LineService_Coroutines();
        Socket server = new Socket();
        server.listen(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        InetSocketAddress address = (InetSocketAddress) server.localAddress();

        InProgress<Integer> served = service.acceptClients(server, 3);
        InProgress<List<String>> answers = InProgress.all(
                service.ask(address, "hello"),
                service.ask(address, "one", "two"),
                service.ask(address, "a", "b", "c"));

        assertEquals(List.of("HELLO\n", "ONE\nTWO\n", "A\nB\nC\n"), answers.await(LIMIT));
        assertEquals(6, served.await(LIMIT));
        assertEquals(List.of("end of stream: 0", "end of stream: 0", "end of stream: 0"), service.log);
        assertTrue(server.isClosed());
    }

    @Test
    void aCoroutineWaitingForALineSaysSo() throws IOException {
        LineService service = new SocketTest_LineService_Coroutines();
        Socket server = new Socket();
        server.listen(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        InetSocketAddress address = (InetSocketAddress) server.localAddress();
        Socket client = new Socket();
        InProgress<Socket> accepted = server.accept();
        client.connect(address.getHostString(), address.getPort()).await(LIMIT);
        InProgress<Integer> serving = service.serve(accepted.await(LIMIT));

        // What a dump and toString() show: the operation awaited, on which connection, not the InProgress's class.
        String clientEnd = client.localAddress().toString();
        assertTrue(serving.toString().contains("awaiting Socket.readLine (remote " + clientEnd + ")"),
                serving.toString());
        client.close().await(LIMIT);
        assertEquals(0, serving.await(LIMIT));
        server.close();
    }

    @Test
    void aRefusedConnectionIsCaughtInTheCoroutine() throws IOException {
        LineService service = new SocketTest_LineService_Coroutines();
        InetSocketAddress unused;
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            unused = (InetSocketAddress) probe.getLocalAddress();
        }

        assertEquals("no answer", service.ask(unused, "anyone?").await(LIMIT));
        assertEquals(List.of("refused"), service.log);
    }
}
