// Port6 -- original and kaa version in one file; both lines must match after the label.
// Build: Maven project /tmp/usertest4/ports (README's "Using it in your build", -Xlint:all -Xlint:-processing -Werror),
//   cd /tmp/usertest4/ports && mvn -o -q compile && java -cp target/classes:$HOME/.m2/repository/io/github/kaajava/kaa-runtime/0.1.0-SNAPSHOT/kaa-runtime-0.1.0-SNAPSHOT.jar p.Port6
// Expected output:
//   original: [HELLO (5), KAA COROUTINES (14), BYE]
//   kaa:      [HELLO (5), KAA COROUTINES (14), BYE]
package p;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import kaa.Coroutine;
import kaa.InProgress;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/** Port 6: a line-based request/response server and client (blocking java.net sockets vs kaa.Socket). */
public abstract class Port6 {
    static final List<String> REQUESTS = List.of("hello", "kaa coroutines", "bye");

    static String handle(String line) {
        return line.equals("bye") ? "BYE" : line.toUpperCase() + " (" + line.length() + ")";
    }

    // ---------------- original: a thread per connection ----------------
    static List<String> original() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    for (;;) {
                        java.net.Socket c = server.accept();
                        new Thread(() -> {
                            try (c; BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), UTF_8));
                                 OutputStream out = c.getOutputStream()) {
                                String line;
                                while ((line = in.readLine()) != null) {
                                    out.write((handle(line) + "\n").getBytes(UTF_8));
                                    if (line.equals("bye")) break;
                                }
                            } catch (IOException e) {
                                System.err.println("client failed: " + e);
                            }
                        }).start();
                    }
                } catch (IOException closed) {
                    // server closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            List<String> answers = new ArrayList<>();
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.getLocalPort());
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), UTF_8))) {
                for (String q : REQUESTS) {
                    s.getOutputStream().write((q + "\n").getBytes(UTF_8));
                    answers.add(in.readLine());
                }
            }
            return answers;
        }
    }

    // ---------------- kaa: everything on the loop thread ----------------
    @Coroutine
    InProgress<Void> serve(kaa.Socket client) {
        try {
            for (;;) {
                byte[] raw = yield_(client.readLine());
                if (raw.length == 0) break;                         // end of stream
                String line = new String(raw, UTF_8).strip();
                yield_(client.write(handle(line) + "\n"));
                if (line.equals("bye")) break;
            }
        } finally {
            client.close();
        }
        return done();
    }

    @Coroutine
    InProgress<Void> acceptLoop(kaa.Socket server) {
        for (;;) {
            kaa.Socket client = yield_(server.accept());
            serve(client);                                          // not awaited: clients run side by side
        }
    }

    @Coroutine
    InProgress<List<String>> ask(int port) {
        kaa.Socket s = new kaa.Socket();
        List<String> answers = new ArrayList<>();
        try {
            yield_(s.connect("127.0.0.1", port));
            for (String q : REQUESTS) {
                yield_(s.write(q + "\n"));
                answers.add(new String(yield_(s.readLine()), UTF_8).strip());
            }
        } finally {
            s.close();
        }
        return done(answers);
    }

    @Coroutine
    InProgress<List<String>> kaaMain() throws IOException {
        kaa.Socket server = new kaa.Socket();
        server.listen(new InetSocketAddress("127.0.0.1", 0));
        InProgress<Void> acceptor = acceptLoop(server);
        try {
            return done(yield_(ask(((InetSocketAddress) server.localAddress()).getPort())));
        } finally {
            acceptor.abort();
            yield_(server.close());
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("original: " + original());
        System.out.println("kaa:      " + new Port6_Coroutines().kaaMain().await());
    }
}
