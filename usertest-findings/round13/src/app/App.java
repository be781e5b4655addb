package app;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;
import kaa.Main;
import kaa.ThreadPool;

/** Starts a local web server and runs the crawler against it. */
public class App {
    static final Map<String, String> PAGES = Map.of(
            "/page/0", "count: 1\nlink: /page/1\nlink: /page/2\n",
            "/page/1", "count: 2\nlink: /page/3\n",
            "/page/2", "count: 3\nlink: /page/4\n",
            "/page/3", "count: 4\n",
            "/page/4", "count: 5\n",
            "/bad/0", "count: 1\nlink: /bad/1\n",
            "/bad/1", "count: 2\nlink: /bad/4\n",
            "/bad/4", "count: five\n",
            "/slowtree", "count: 1\nlink: /page/3\nlink: /slow\n");

    static HttpServer startServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "http-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = PAGES.get(path);
            if (path.equals("/slow")) {
                Crawler.sleepQuietly(3000);
                body = "slow";
            }
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = startServer();
        ThreadPool.builder("net").size(4).register();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Crawler crawler = Crawler.create(base);
        try {
            String result = crawler.runAll().await();
            System.out.println("RESULT " + result);
        } finally {
            server.stop(0);
        }
    }
}
