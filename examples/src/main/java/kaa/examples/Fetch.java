package kaa.examples;

import static kaa.Async.delay;
import static kaa.Async.done;
import static kaa.Async.yield_;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import kaa.Coroutine;
import kaa.InProgress;

/**
 * Part 2, the seed's {@code fetch_page(host)}: one coroutine awaits several "network" operations in a row and reads
 * like blocking code, yet the loop stays free while each operation is pending. A failing operation throws its
 * exception at the {@code yield_}, where an ordinary {@code try/catch/finally} handles it. Two pages are fetched
 * concurrently.
 */
abstract class Fetch {
    static Fetch create() {
        return new Fetch_Coroutines();
    }

    /**
     * A pretend socket: each operation returns an unfinished {@code InProgress} that a timer of the main loop
     * finishes (or fails) a little later, as a real non-blocking socket would when the network answers.
     */
    static final class FakeSocket {
        final String host;

        FakeSocket(String host) {
            this.host = host;
        }

        InProgress<Void> connect() {
            Trace.log(host + ": connecting to port 80");
            if (host.endsWith(".invalid")) {
                return later(Duration.ofMillis(100), null, new ConnectException("connection refused: " + host));
            }
            return later(Duration.ofMillis(120), null, null);
        }

        InProgress<Integer> write(String request) {
            Trace.log(host + ": writing " + request.strip());
            return later(Duration.ofMillis(30), request.length(), null);
        }

        InProgress<String> read() {
            Trace.log(host + ": reading");
            return later(Duration.ofMillis(80), "HTTP/1.1 200 OK <html>hello from " + host + "</html>", null);
        }

        void close() {
            Trace.log(host + ": socket closed");
        }

        /** Finishes with {@code value}, or fails with {@code failure} if not null, {@code after} from now. */
        static <T> InProgress<T> later(Duration after, T value, IOException failure) {
            InProgress<T> result = new InProgress<>();
            delay(after).connect(ignored -> {
                if (failure != null) {
                    result.fail(failure);
                } else {
                    result.finish(value);
                }
            });
            return result;
        }
    }

    /** Connects, writes the request, reads the answer: three waits, no callbacks. */
    @Coroutine
    InProgress<String> fetchPage(String host) {
        FakeSocket socket = new FakeSocket(host);
        try {
            yield_(socket.connect(), IOException.class);   // may fail: declare it so the catch below compiles
            int written = yield_(socket.write("GET / HTTP/1.1\r\n\r\n"));
            Trace.log(host + ": wrote " + written + " bytes");
            String page = yield_(socket.read());
            return done(page);
        } catch (IOException e) {
            Trace.log(host + ": caught " + e);     // thrown right at the yield_ that awaited the failed connect
            return done("(no page)");
        } finally {
            socket.close();                        // runs once, on success and on failure
        }
    }

    @Coroutine
    InProgress<Void> run() {
        InProgress<String> good = fetchPage("example.org");
        InProgress<String> bad = fetchPage("unreachable.invalid");
        Trace.log("example.org gave: " + yield_(good));
        Trace.log("unreachable.invalid gave: " + yield_(bad));
        return done();
    }
}
