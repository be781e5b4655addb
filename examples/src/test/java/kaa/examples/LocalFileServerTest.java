package kaa.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import kaa.examples.LocalFileServer.Transfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link LocalFileServer}: the framing of each file, its deterministic content, errors, a standard client. */
@Timeout(30)
class LocalFileServerTest {
    private static final int SMALL = 100_000;
    private static final int LARGE = 2_500_000;

    private LocalFileServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = LocalFileServer.builder()
                .file("small.bin", SMALL, Transfer.CONTENT_LENGTH)
                .file("large.bin", LARGE, Transfer.CHUNKED)
                .file("empty.bin", 0, Transfer.CONTENT_LENGTH)
                .pieceSize(16 * 1024)
                .pieceDelay(Duration.ofMillis(1))
                .start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A GET over a plain blocking socket, the raw response parsed by {@link HttpResponseParser}. */
    private static HttpResponseParser get(URI uri, ByteArrayOutputStream body) throws IOException {
        HttpResponseParser parser = new HttpResponseParser(body::write, null);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (!parser.isComplete() && (n = in.read(buffer)) > 0) {
                parser.feed(buffer, 0, n);
            }
            if (!parser.isComplete()) {
                parser.endOfInput();
            }
        }
        return parser;
    }

    @Test
    void aContentLengthFileHasItsLengthAndItsDeterministicContent() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpResponseParser response = get(server.uri("small.bin"), body);
        assertEquals(200, response.status());
        assertEquals(SMALL, response.contentLength());
        assertFalse(response.isChunked());
        assertEquals(List.of("application/octet-stream"), response.header("Content-Type"));
        assertArrayEquals(LocalFileServer.content("small.bin", SMALL), body.toByteArray());
    }

    @Test
    void aChunkedFileIsSentInChunksWithoutALength() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpResponseParser response = get(server.uri("large.bin"), body);
        assertEquals(200, response.status());
        assertTrue(response.isChunked());
        assertEquals(List.of(), response.header("Content-Length"));
        assertArrayEquals(LocalFileServer.content("large.bin", LARGE), body.toByteArray());
    }

    @Test
    void anEmptyFileAndAnUnknownName() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpResponseParser empty = get(server.uri("empty.bin"), body);
        assertEquals(200, empty.status());
        assertEquals(0, body.size());

        HttpResponseParser missing = get(server.uri("missing.bin"), body);
        assertEquals(404, missing.status());
        assertEquals("no such file: /missing.bin", body.toString(US_ASCII));
    }

    @Test
    void aStandardClientGetsTheSameBytes() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(server.uri("large.bin")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertArrayEquals(LocalFileServer.content("large.bin", LARGE), response.body());
    }

    @Test
    void contentDependsOnTheNameAndThePositionAndNothingElse() {
        assertArrayEquals(LocalFileServer.content("a", 1000), LocalFileServer.content("a", 1000));
        assertFalse(java.util.Arrays.equals(LocalFileServer.content("a", 1000), LocalFileServer.content("b", 1000)));
        byte[] first = LocalFileServer.content("a", 2000);
        byte[] shifted = new byte[1000];
        for (int i = 0; i < 1000; i++) {
            shifted[i] = LocalFileServer.contentByte("a", 1000 + i);
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(first, 1000, 2000), shifted);
        assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOfRange(first, 0, 1000), shifted),
                "a repeated piece would show");
    }

    @Test
    void theServerListensOnTheLoopbackAndListsItsFiles() {
        assertEquals("127.0.0.1", server.uri("x").getHost());
        assertEquals(server.port(), server.uri("x").getPort());
        assertEquals(List.of("small.bin", "large.bin", "empty.bin"), List.copyOf(server.files().keySet()));
    }

    @Test
    void badConfigurationIsRejected() {
        LocalFileServer.Builder builder = LocalFileServer.builder().file("a", 1, Transfer.CHUNKED);
        assertThrows(IllegalArgumentException.class, () -> builder.file("a", 2, Transfer.CHUNKED));
        assertThrows(IllegalArgumentException.class, () -> builder.file("a/b", 2, Transfer.CHUNKED));
        assertThrows(IllegalArgumentException.class, () -> builder.file("c", -1, Transfer.CHUNKED));
        assertThrows(IllegalArgumentException.class, () -> builder.pieceSize(0));
        assertThrows(IllegalArgumentException.class, () -> builder.pieceDelay(Duration.ofMillis(-1)));
    }
}
