package r11;

import kaa.*;
import java.io.*;
import java.net.InetSocketAddress;
import java.nio.file.*;
import java.security.KeyStore;
import javax.net.ssl.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static kaa.Async.*;

/*
 * P58: kaa TLSSocket starttls_client / starttls_server. README: startTlsClient(context, hostname) verifies the
 * server's host name by default; startTlsServer(context); reads, writes and closing behave the same afterwards.
 * A certificate for CN/SAN localhost is made with keytool at run time.
 * EXPECTED: client with hostname "localhost" -> echo "secret" over TLS; client with hostname "wrong.example" ->
 *   the handshake fails (an SSL exception), no echo.
 */
abstract class P58Tls {
    @Coroutine InProgress<Void> serve(kaa.Socket listener, SSLContext ctx, int clients) {
        for (int i = 0; i < clients; i++) {
            kaa.Socket c = yield_(listener.accept());
            try {
                yield_(c.startTlsServer(ctx));
                var line = yield_(c.readLine());
                yield_(c.write(line));
                yield_(c.close());
            } catch (Exception e) {
                System.out.println("  server side: " + e.getClass().getSimpleName());
                c.closeNow();
            }
        }
        return done();
    }
    @Coroutine InProgress<String> ask(int port, SSLContext ctx, String hostname) {
        var s = new kaa.Socket();
        yield_(s.connect("127.0.0.1", port));
        try {
            yield_(s.startTlsClient(ctx, hostname));
            yield_(s.write("secret\n"));
            return done("echo: " + new String(yield_(s.readLine()), UTF_8).strip());
        } catch (Exception e) {
            return done("failed: " + e.getClass().getSimpleName());
        } finally { s.closeNow(); }
    }
    public static void main(String[] a) throws Exception {
        var ks = Path.of(System.getProperty("java.io.tmpdir"), "p58.p12");
        if (!Files.exists(ks)) {
            var p = new ProcessBuilder("keytool", "-genkeypair", "-alias", "srv", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12", "-keystore", ks.toString(),
                "-storepass", "changeit", "-validity", "3").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) throw new IllegalStateException("keytool failed");
        }
        var store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(ks)) { store.load(in, "changeit".toCharArray()); }
        var kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm()); kmf.init(store, "changeit".toCharArray());
        var tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()); tmf.init(store);
        var serverCtx = SSLContext.getInstance("TLS"); serverCtx.init(kmf.getKeyManagers(), null, null);
        var clientCtx = SSLContext.getInstance("TLS"); clientCtx.init(null, tmf.getTrustManagers(), null);
        var o = new P58Tls_Coroutines();
        var l = new kaa.Socket(); l.listen(0);
        int port = ((InetSocketAddress) l.localAddress()).getPort();
        var srv = o.serve(l, serverCtx, 2);
        System.out.println("localhost: " + o.ask(port, clientCtx, "localhost").await(java.time.Duration.ofSeconds(20)));
        System.out.println("wrong.example: " + o.ask(port, clientCtx, "wrong.example").await(java.time.Duration.ofSeconds(20)));
        srv.await(java.time.Duration.ofSeconds(20));
    }
}
