package kaa;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link Socket}'s TLS against the JDK's blocking {@code SSLServerSocket} and {@code SSLSocket}, and against itself,
 * with a self-signed certificate for "localhost" and 127.0.0.1 made by {@code keytool} for this test run.
 */
@ExtendWith(NotifierReports.class)
class SocketTlsTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final char[] PASSWORD = "kaa-test".toCharArray();

    private static SSLContext serverContext;
    private static SSLContext clientContext;

    private Notifier previousNotifier;
    private Notifier notifier;
    private final List<Socket> sockets = new ArrayList<>();
    private final List<Thread> peers = new ArrayList<>();
    private final List<Throwable> peerFailures = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void makeSelfSignedCertificate() throws Exception {
        Path directory = Files.createTempDirectory("kaa-tls");
        Path keystore = directory.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, () -> "keytool: " + output);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD);
        }
        Files.delete(keystore);
        Files.delete(directory);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);

        Certificate certificate = keys.getCertificate("server");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", certificate);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trustManagers.getTrustManagers(), null);
    }

    @BeforeEach
    void freshNotifier() {
        previousNotifier = Main.notifier();
        notifier = new Notifier();
        Main.setNotifier(notifier);
    }

    @AfterEach
    void closeEverything() throws InterruptedException {
        for (Socket socket : sockets) {
            socket.closeNow();
        }
        notifier.loopUntil(() -> sockets.stream().allMatch(Socket::isClosed), notifier.nanoTime() + LIMIT.toNanos());
        for (Thread peer : peers) {
            peer.join(LIMIT.toMillis());
        }
        Main.setNotifier(previousNotifier);
        notifier.close();
        assertTrue(peerFailures.isEmpty(), () -> "a peer thread failed: " + peerFailures);
    }

    private Socket socket() {
        Socket socket = new Socket();
        sockets.add(socket);
        return socket;
    }

    private void peer(String name, SocketTest.ThrowingRunnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable failure) {
                peerFailures.add(failure);
            }
        }, name);
        peers.add(thread);
        thread.start();
    }

    /** A blocking TLS server on 127.0.0.1 that serves one client with {@code body}. */
    private InetSocketAddress blockingTlsServer(String name, SocketTest.PeerBody body) throws IOException {
        SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        peer(name, () -> {
            try (listener; SSLSocket client = (SSLSocket) listener.accept()) {
                body.run(client);
            }
        });
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private static Throwable failureOf(InProgress<?> ip) {
        return SocketTest.failureOf(ip);
    }

    @Test
    void aClientTalksToAnSslServerSocketAndSeesItsCloseNotify() throws Exception {
        InetSocketAddress server = blockingTlsServer("tls server", peer -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(peer.getInputStream(), US_ASCII));
            String line = in.readLine();
            OutputStream out = peer.getOutputStream();
            out.write((line.toUpperCase(java.util.Locale.ROOT) + "\nbye\n").getBytes(US_ASCII));
            out.flush();
        });
        Socket client = socket();
        client.connect(server).await(LIMIT);
        List<Boolean> closedSignal = new ArrayList<>();
        client.closed().connect(closedSignal::add);

        client.startTlsClient(clientContext, "localhost").await(LIMIT);
        client.write("hello over tls\n");

        assertEquals("HELLO OVER TLS\n", new String(client.readLine().await(LIMIT), US_ASCII));
        assertEquals("bye\n", new String(SocketTest.readAll(client).await(LIMIT), US_ASCII));
        client.close().await(LIMIT);
        assertEquals(List.of(true), closedSignal);
        assertTrue(client.toString().contains("TLS"), client::toString);
    }

    @Test
    void readIntoABufferReceivesThePlaintext() throws Exception {
        byte[] payload = SocketTest.randomBytes(2 * 1024 * 1024, 13);
        InetSocketAddress server = blockingTlsServer("tls sender", peer -> {
            peer.getOutputStream().write(payload);
            peer.getOutputStream().flush();
        });
        Socket client = socket();
        client.connect(server).await(LIMIT);
        client.startTlsClient(clientContext, "localhost").await(LIMIT);

        ByteBuffer into = ByteBuffer.allocateDirect(10_000);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        for (int n; (n = client.read(into).await(LIMIT)) >= 0; ) {
            into.flip();
            byte[] chunk = new byte[n];
            into.get(chunk);
            received.write(chunk);
            into.clear();
        }

        assertArrayEquals(payload, received.toByteArray());
    }

    @Test
    void aServerSocketServesAnSslSocketClient() throws Exception {
        Socket server = socket();
        server.listen(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        byte[] payload = SocketTest.randomBytes(1024 * 1024, 11);
        AtomicReference<byte[]> echoed = new AtomicReference<>();
        int port = ((InetSocketAddress) server.localAddress()).getPort();
        peer("tls client", () -> {
            try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory().createSocket("127.0.0.1", port)) {
                Thread writer = new Thread(() -> {
                    try {
                        client.getOutputStream().write(payload);
                        client.getOutputStream().flush();
                    } catch (IOException e) {
                        peerFailures.add(e);
                    }
                });
                writer.start();
                echoed.set(client.getInputStream().readNBytes(payload.length));
                writer.join();
            }
        });

        Socket accepted = server.accept().await(LIMIT);
        sockets.add(accepted);
        accepted.startTlsServer(serverContext).await(LIMIT);
        byte[] received = accepted.readExactly(payload.length).await(LIMIT);
        accepted.write(received);
        accepted.close().await(LIMIT);
        peers.get(0).join(LIMIT.toMillis());

        assertArrayEquals(payload, echoed.get());
    }

    @Test
    void bothSidesOnTheLoopEchoFiveMegabytesAndCloseWithEveryByteDelivered() throws Exception {
        Socket server = socket();
        server.listen(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        server.newClient().connect(client -> {
            sockets.add(client);
            client.startTlsServer(serverContext).connect(ready -> echo(client));
        });
        byte[] payload = SocketTest.randomBytes(5 * 1024 * 1024, 12);
        Socket client = socket();
        client.connect(server.localAddress()).await(LIMIT);
        client.startTlsClient(clientContext, "127.0.0.1").await(LIMIT);

        client.write(payload);
        client.shutdownOutput();

        assertArrayEquals(payload, SocketTest.readAll(client).await(LIMIT));
    }

    private void echo(Socket client) {
        client.read().connectBoth(chunk -> {
            if (chunk.length == 0) {
                client.close();
            } else {
                client.write(chunk).connectBoth(sent -> echo(client), failure -> client.closeNow());
            }
        }, failure -> client.closeNow());
    }

    @Test
    void writesMadeDuringTheHandshakeWaitForIt() throws Exception {
        InetSocketAddress server = blockingTlsServer("tls server", peer -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(peer.getInputStream(), US_ASCII));
            peer.getOutputStream().write((in.readLine() + "!\n").getBytes(US_ASCII));
            peer.getOutputStream().flush();
        });
        Socket client = socket();
        client.connect(server).await(LIMIT);

        InProgress<Void> handshake = client.startTlsClient(clientContext, "localhost");
        client.write("early");
        client.write("\n");

        assertEquals("early!\n", new String(client.readLine().await(LIMIT), US_ASCII));
        assertTrue(handshake.isFinished() && !handshake.isFailed());
    }

    @Test
    void tlsOneTwoWorksWithAnEngineConfiguredByTheCaller() throws Exception {
        InetSocketAddress server = blockingTlsServer("tls 1.2 server", peer -> {
            peer.getOutputStream().write(("protocol " + ((SSLSocket) peer).getSession().getProtocol() + "\n").getBytes(US_ASCII));
            peer.getOutputStream().flush();
            peer.getInputStream().read();
        });
        Socket client = socket();
        client.connect(server).await(LIMIT);
        SSLEngine engine = clientContext.createSSLEngine("localhost", server.getPort());
        engine.setUseClientMode(true);
        engine.setEnabledProtocols(new String[] {"TLSv1.2"});

        client.startTls(engine).await(LIMIT);

        assertEquals("protocol TLSv1.2\n", new String(client.readLine().await(LIMIT), US_ASCII));
        client.close().await(LIMIT);
    }

    @Test
    void aHostNameThatDoesNotMatchTheCertificateFailsTheHandshake() throws Exception {
        InetSocketAddress server = blockingTlsServer("tls server", peer -> {
            try {
                ((SSLSocket) peer).startHandshake();
            } catch (IOException expected) {
                // the client rejects the certificate and aborts the handshake
            }
        });
        Socket client = socket();
        client.connect(server).await(LIMIT);
        List<Boolean> closedSignal = new ArrayList<>();
        client.closed().connect(closedSignal::add);
        InProgress<byte[]> read = client.read();

        Throwable failure = failureOf(client.startTlsClient(clientContext, "wrong.example"));

        assertInstanceOf(SSLHandshakeException.class, failure);
        assertTrue(String.valueOf(failure.getMessage()).contains("wrong.example")
                || String.valueOf(failure.getCause()).contains("wrong.example"), () -> failure.toString());
        assertTrue(client.isClosed());
        assertEquals(List.of(false), closedSignal);
        assertInstanceOf(SSLHandshakeException.class, failureOf(read), "a waiting read fails with the error");
    }

    @Test
    void anUntrustedCertificateFailsTheHandshakeWithTheDefaultContext() throws Exception {
        InetSocketAddress server = blockingTlsServer("tls server", peer -> {
            try {
                ((SSLSocket) peer).startHandshake();
            } catch (IOException expected) {
                // the client does not trust the self-signed certificate
            }
        });
        Socket client = socket();
        client.connect(server).await(LIMIT);

        Throwable failure = failureOf(client.startTlsClient("localhost"));

        assertInstanceOf(SSLHandshakeException.class, failure);
    }

    @Test
    void startTlsOnASocketThatIsNotConnectedFails() {
        Socket client = socket();
        Throwable failure = failureOf(client.startTlsClient(clientContext, "localhost"));
        assertInstanceOf(IllegalStateException.class, failure);
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException ? failure.getCause() : failure;
    }
}
