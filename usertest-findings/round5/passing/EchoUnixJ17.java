import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.*;
import java.util.*;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

public abstract class EchoUnixJ17 {
    final List<String> serverLog = new ArrayList<>();

    @Coroutine
    InProgress<Void> echo(kaa.Socket c) {
        int n = 0;
        try {
            byte[] line;
            do {
                line = yield_(c.readLine(), IOException.class);
                if (line.length == 0) break;
                String s = new String(line, UTF_8).strip();
                String reply = s.equals("count") ? "lines=" + n : s.startsWith("rev ") ? new StringBuilder(s.substring(4)).reverse().toString() : s.toUpperCase();
                n++;
                yield_(c.write(reply + "\n"));
            } while (true);
            serverLog.add("eof after " + n);
        } catch (LineTooLongException e) {
            serverLog.add("too long");
            yield_(c.write("ERR too long\n"));
        } catch (IOException e) {
            serverLog.add("io " + e.getMessage());
        } finally {
            yield_(c.close());
        }
        return done();
    }

    @Coroutine
    InProgress<Void> serveN(kaa.Socket server, int n) {
        while (n-- > 0) echo(yield_(server.accept()).setMaxLineLength(100));
        return done();
    }

    @Coroutine
    InProgress<List<String>> client(UnixDomainSocketAddress addr, String... lines) throws IOException {
        kaa.Socket s = new kaa.Socket();
        List<String> got = new ArrayList<>();
        try {
            yield_(s.connect(addr), IOException.class);
        } catch (java.net.SocketException e) {
            return done(List.of("refused"));
        }
        for (String l : lines) {
            try {
                yield_(s.write(l + "\n"), IOException.class);
            } catch (IOException e) {
                got.add("write failed: " + e.getMessage());
                break;
            }
            byte[] r = yield_(s.readLine(), IOException.class);
            got.add(r.length == 0 ? "<eof>" : new String(r, UTF_8).strip());
        }
        if (s.isClosed()) return done(got);
        yield_(s.shutdownOutput());
        byte[] rest = yield_(s.read(), IOException.class);
        got.add("rest=" + rest.length);
        yield_(s.close());
        return done(got);
    }

    public static void main(String[] args) throws Exception {
        Path p = Files.createTempDirectory("kaa").resolve("echo.sock");
        var addr = UnixDomainSocketAddress.of(p);
        EchoUnixJ17 e = new EchoUnixJ17_Coroutines();
        kaa.Socket server = new kaa.Socket();
        server.listen(addr);
        var srv = e.serveN(server, 2);
        System.out.println(e.client(addr, "hello", "rev abc", "count").await(IOException.class));
        System.out.println(e.client(addr, "x".repeat(200), "more").await(IOException.class));
        srv.await();
        server.close().await();
        System.out.println(e.client(addr, "after close").await(IOException.class));
        System.out.println(e.serverLog);
        Files.deleteIfExists(p);
    }
}
