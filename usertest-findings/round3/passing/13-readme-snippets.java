// Passing program 13: the README's Subprocess, Thumbnails(@Threaded pool), Client and Server snippets pasted as written
// Built with Maven as in the README (/tmp/usertest3/app or app21, -Xlint:all -Xlint:-processing -Werror), run: java -cp target/classes:kaa-runtime.jar p13readme.Snippets
// Expected output (checked by hand against the README's semantics; timings may vary):
//   2
//   4
//   42
//   exit 0
//   scaled bytes 75
//   you said hi
//   no answer
package p13readme;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.*;
import java.util.*;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/** The README's snippets, pasted as written into one abstract class (plus the imports they need). */
public abstract class Snippets {
    // --- Subprocess snippet
    @Coroutine
    InProgress<Integer> doubleAll(List<Integer> numbers) {
        Subprocess shell = new Subprocess("sh", "-c", "while read n; do echo $((n * 2)); done");
        shell.stderr().lines().connect(System.err::println);
        shell.start();                                   // returns exited(); fails if the command cannot start
        for (int n : numbers) {
            yield_(shell.write(n + "\n"));               // finishes when the bytes are handed over
            System.out.print(new String(yield_(shell.readLine()), UTF_8));
        }
        yield_(shell.stdin().close());
        return shell.exited();                           // finishes with the exit code
    }

    // --- Thumbnails snippet (resize() is the user's own)
    static byte[] resize(byte[] b) { return Arrays.copyOf(b, b.length / 2); }

    @Threaded(pool = "images", priority = 1)                      // on the pool; higher priorities first
    InProgress<byte[]> scale(Path file) throws IOException {
        return done(resize(Files.readAllBytes(file)));             // blocking is fine here
    }

    @Coroutine
    InProgress<Integer> scaleAll(List<Path> files) throws IOException {
        int bytes = 0;
        for (Path file : files) {
            bytes += yield_(scale(file), IOException.class).length;    // resumes on the notifier thread
        }
        return done(bytes);
    }

    // --- Client snippet
    @Coroutine
    InProgress<String> ask(String host, int port, String question) {
        Socket socket = new Socket();
        try {
            yield_(socket.connect(host, port), ConnectException.class); // tries each address of the name
            yield_(socket.write(question + "\n"));                      // finishes when the bytes are handed over
            return done(new String(yield_(socket.readLine()), UTF_8));  // the next line, '\n' included
        } catch (ConnectException refused) {
            return done("no answer");
        } finally {
            socket.close();                                             // sends what is queued, then closes
        }
    }

    // --- Server snippet, wrapped in a coroutine
    @Coroutine
    InProgress<Void> server(Socket server) {
        for (;;) {
            Socket client = yield_(server.accept());          // a connected Socket
            serve(client);                                    // another coroutine; not awaited, so clients run side by side
        }
    }

    @Coroutine
    InProgress<Void> serve(Socket client) {
        var line = yield_(client.readLine());
        yield_(client.write("you said " + new String(line, UTF_8)));
        client.close();
        return done();
    }

    public static void main(String[] args) throws Exception {
        Snippets s = new Snippets_Coroutines();
        System.out.println("exit " + s.doubleAll(List.of(1, 2, 21)).await());

        ThreadPool.builder("images").size(2).register();
        var dir = Files.createTempDirectory("thumbs");
        var a = Files.write(dir.resolve("a"), new byte[100]);
        var b = Files.write(dir.resolve("b"), new byte[50]);
        System.out.println("scaled bytes " + s.scaleAll(List.of(a, b)).await());

        var server = new Socket();
        server.listen(0);
        int port = ((java.net.InetSocketAddress) server.localAddress()).getPort();
        s.server(server);
        System.out.print(s.ask("localhost", port, "hi").await());
        System.out.println(s.ask("localhost", 1, "hi").await());
    }
}
