import java.io.*;
import java.net.InetSocketAddress;
import java.nio.file.*;
import java.security.KeyStore;
import java.util.*;
import javax.net.ssl.*;
import kaa.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

public abstract class TlsEcho {
    @Coroutine
    InProgress<Void> serve(kaa.Socket server, SSLContext ctx) {
        kaa.Socket c = yield_(server.accept());
        try {
            yield_(c.startTlsServer(ctx));
            for (byte[] l; (l = yield_(c.readLine())).length > 0; )
                yield_(c.write(">> " + new String(l, UTF_8)));
        } finally {
            yield_(c.close());
        }
        return done();
    }

    @Coroutine
    InProgress<List<String>> client(int port, SSLContext ctx, String host, String... msgs) throws IOException {
        kaa.Socket s = new kaa.Socket();
        List<String> out = new ArrayList<>();
        try {
            yield_(s.connect("127.0.0.1", port), IOException.class);
            yield_(s.startTlsClient(ctx, host), IOException.class);
            for (String m : msgs) {
                yield_(s.write(m + "\n"));
                out.add(new String(yield_(s.readLine(), IOException.class), UTF_8).strip());
            }
        } catch (SSLException e) {
            out.add("tls error: " + e.getClass().getSimpleName());
        } finally {
            s.closeNow();
        }
        return done(out);
    }

    public static void main(String[] args) throws Exception {
        char[] pw = "secret123".toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) { ks.load(in, pw); }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pw);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);

        TlsEcho e = new TlsEcho_Coroutines();
        kaa.Socket server = new kaa.Socket();
        server.listen(0);
        int port = ((InetSocketAddress) server.localAddress()).getPort();
        var srv = e.serve(server, ctx);
        System.out.println(e.client(port, ctx, "localhost", "hi", "there").await(IOException.class));
        srv.await();
        var srv2 = e.serve(server, ctx);
        System.out.println(e.client(port, ctx, "wrong.example", "hi").await(IOException.class));
        try { srv2.await(); } catch (RuntimeException ex) { System.out.println("server side: " + ex.getClass().getSimpleName()); }
        server.close().await();
    }
}
