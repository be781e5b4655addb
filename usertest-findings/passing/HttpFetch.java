import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kaa.*;
import static kaa.Async.*;

//| /a -> 200 hello a (on loop: true)
//| /b -> 200 hello b (on loop: true)
//| /missing -> 404
//| all: [hello a, hello b]
//| as future: HELLO A
public abstract class HttpFetch {
    final HttpClient client = HttpClient.newHttpClient();
    int port;

    @Coroutine
    InProgress<String> get(String path) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        HttpResponse<String> resp = yield_(InProgress.from(client.sendAsync(req, HttpResponse.BodyHandlers.ofString())));
        if (resp.statusCode() != 200) return done(path + " -> " + resp.statusCode());
        return done(path + " -> 200 " + resp.body() + " (on loop: " + Main.isMainThread() + ")");
    }

    @Coroutine
    InProgress<List<String>> getAll(String... paths) {
        List<InProgress<String>> pending = new ArrayList<>();
        for (String p : paths) pending.add(get(p));
        List<String> bodies = new ArrayList<>();
        for (String r : yield_(InProgress.all(pending))) bodies.add(r.substring(r.indexOf("hello"), r.indexOf(" (")));
        return done(bodies);
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String name = ex.getRequestURI().getPath().substring(1);
            byte[] body = ("hello " + name).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(name.length() == 1 ? 200 : 404, name.length() == 1 ? body.length : -1);
            try (OutputStream os = ex.getResponseBody()) {
                if (name.length() == 1) os.write(body);
            }
        });
        server.start();
        try {
            HttpFetch f = new HttpFetch_Coroutines();
            f.port = server.getAddress().getPort();
            System.out.println(f.get("/a").await());
            System.out.println(f.get("/b").await());
            System.out.println(f.get("/missing").await());
            System.out.println("all: " + f.getAll("/a", "/b").await());
            CompletableFuture<String> cf = f.get("/a").toCompletableFuture();
            System.out.println("as future: " + cf.thenApply(s -> s.substring(10, 17).toUpperCase()).join());
        } finally {
            server.stop(0);
        }
    }
}
