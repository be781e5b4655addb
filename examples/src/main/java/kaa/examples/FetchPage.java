package kaa.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static kaa.Async.done;
import static kaa.Async.yield_;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Socket;

/**
 * The seed documentation's {@code fetch_page(host)}, as written there, over a real {@link Socket}:
 *
 * <pre>
 * &#64;kaa.coroutine()
 * def fetch_page(host):
 *     socket = kaa.Socket()
 *     yield socket.connect((host, 80))
 *     yield socket.write('GET / HTTP/1.1\n\n')
 *     print (yield socket.read())
 * </pre>
 *
 * <p>Like the original, it prints the first bytes the server sends (one {@code read()}, so possibly not the whole
 * page), and leaves closing the socket to the end of the program. Two changes: the request ends its lines with CRLF,
 * as HTTP requires (the JDK's server waits forever for the end of a line ended by a bare LF), and the port is a
 * parameter, so that {@link #main} can run it against a local server of its own instead of port 80 of a remote host.
 */
public abstract class FetchPage {
    FetchPage() {}

    /**
     * Fetches {@code /} from {@code host}: connects, writes the request, prints what the first read returns.
     *
     * @param host the server's name or address
     * @param port its port (80 in the original)
     * @return finishes after the print; fails with the connection's error
     */
    @Coroutine
    static InProgress<Void> fetchPage(String host, int port) {
        Socket socket = new Socket();
        yield_(socket.connect(host, port));                      // name resolved off the loop thread
        yield_(socket.write("GET / HTTP/1.1\r\n\r\n"));          // CRLF, which HTTP requires (the seed had \n\n)
        System.out.println(new String(yield_(socket.read()), US_ASCII));
        return done();
    }

    /**
     * Starts a small web server on the loopback address (the JDK's {@code com.sun.net.httpserver}) and runs
     * {@code fetchPage} against it.
     *
     * @param args ignored
     * @throws IOException if the server cannot start
     */
    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<html><body>hello from the local server</body></html>\n".getBytes(US_ASCII);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            FetchPage_Coroutines.fetchPage("localhost", server.getAddress().getPort()).await();
        } finally {
            server.stop(0);
        }
    }
}
