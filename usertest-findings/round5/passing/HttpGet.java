import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.*;
import kaa.*;
import static java.nio.charset.StandardCharsets.*;
import static kaa.Async.*;

public abstract class HttpGet {
    sealed interface Body permits Fixed, Chunked, UntilClose {}
    record Fixed(int length) implements Body {}
    record Chunked() implements Body {}
    record UntilClose() implements Body {}
    record Response(int status, Map<String, String> headers, String body) {}

    static String line(byte[] b) { return new String(b, ISO_8859_1).stripTrailing(); }

    @Coroutine
    InProgress<Response> get(int port, String path) throws IOException {
        kaa.Socket s = new kaa.Socket();
        try {
            yield_(s.connect("127.0.0.1", port), IOException.class);
            yield_(s.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            String status = line(yield_(s.readLine(), IOException.class));
            int code = Integer.parseInt(status.split(" ")[1]);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String h; !(h = line(yield_(s.readLine(), IOException.class))).isEmpty(); ) {
                int colon = h.indexOf(':');
                headers.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
            }
            Body kind = headers.containsKey("content-length") ? new Fixed(Integer.parseInt(headers.get("content-length")))
                      : "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new Chunked() : new UntilClose();
            StringBuilder body = new StringBuilder();
            switch (kind) {
                case Fixed(var n) when n == 0 -> { }
                case Fixed(var n) -> body.append(new String(yield_(s.readExactly(n), IOException.class), UTF_8));
                case Chunked c -> {
                    int size;
                    while ((size = Integer.parseInt(line(yield_(s.readLine(), IOException.class)), 16)) > 0) {
                        body.append(new String(yield_(s.readExactly(size), IOException.class), UTF_8));
                        yield_(s.readExactly(2), IOException.class);
                    }
                    yield_(s.readLine(), IOException.class);
                }
                case UntilClose u -> {
                    for (byte[] chunk; (chunk = yield_(s.read(), IOException.class)).length > 0; )
                        body.append(new String(chunk, UTF_8));
                }
            }
            return done(new Response(code, Map.of("kind", kind.getClass().getSimpleName()), body.toString()));
        } finally {
            s.closeNow();
        }
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fixed", ex -> { byte[] b = "hello fixed".getBytes(UTF_8); ex.sendResponseHeaders(200, b.length); ex.getResponseBody().write(b); ex.close(); });
        server.createContext("/chunked", ex -> { ex.sendResponseHeaders(200, 0); for (int i = 0; i < 3; i++) { ex.getResponseBody().write(("part" + i + ";").getBytes(UTF_8)); ex.getResponseBody().flush(); } ex.close(); });
        server.createContext("/empty", ex -> { ex.sendResponseHeaders(204, -1); ex.close(); });
        server.start();
        int port = server.getAddress().getPort();
        HttpGet h = new HttpGet_Coroutines();
        try {
            var all = InProgress.all(h.get(port, "/fixed"), h.get(port, "/chunked"), h.get(port, "/nope"));
            for (Response r : all.await()) System.out.println(r.status() + " " + r.headers() + " [" + r.body() + "]");
            Response e = h.get(port, "/empty").await(IOException.class);
            System.out.println(e.status() + " " + e.headers() + " [" + e.body() + "]");
        } finally {
            server.stop(0);
        }
    }
}
