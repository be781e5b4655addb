package kaa.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import kaa.examples.Download.Outcome;
import kaa.examples.LocalFileServer.Transfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Downloader} on bad input: every failure ends its download with a clear reason, and the others go on. */
@Timeout(30)
class DownloaderTest {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ProgressDisplay display =
            new ProgressDisplay(new PrintStream(output, true, StandardCharsets.UTF_8), false, 10);

    @Test
    void aServerThatStopsMidBodyFailsThatDownloadAsTruncated() throws IOException {
        LocalFileServer server = LocalFileServer.builder()
                .file("long.bin", 4 << 20, Transfer.CONTENT_LENGTH)
                .pieceSize(16 << 10)
                .pieceDelay(Duration.ofMillis(20))
                .start();
        try {
            Download download = new Download("long.bin", server.uri("long.bin"), null, 0);
            // Stop the server once some of the body has arrived: the connection closes before the announced length.
            download.status().changed().connect(status -> {
                if (status.position() > 0) {
                    server.close();
                }
            });
            Downloader.create().runAll(List.of(download), display).await();

            assertEquals(Outcome.FAILED, download.outcome());
            assertTrue(download.reason().contains("truncated") || download.reason().contains("reset"),
                    download.reason());
            assertTrue(download.bytes() > 0 && download.bytes() < 4 << 20, "part of the body: " + download.bytes());
            assertTrue(download.socketClosed());
        } finally {
            server.close();
        }
    }

    @Test
    void aRefusedConnectionFailsOnlyItsDownload() throws IOException {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        try (LocalFileServer server = LocalFileServer.builder().file("small.bin", 100_000, Transfer.CHUNKED).start()) {
            Download refused = new Download("refused", URI.create("http://127.0.0.1:" + closedPort + "/x"), null, 0);
            Download fine = new Download("small.bin", server.uri("small.bin"), null, 0);

            Downloader.create().runAll(List.of(refused, fine), display).await();

            assertEquals(Outcome.FAILED, refused.outcome());
            assertTrue(refused.reason().contains("Connection refused"), refused.reason());
            assertEquals(Outcome.DONE, fine.outcome(), fine.reason());
            assertEquals(100_000, fine.bytes());
            assertEquals(Demo.crc32(LocalFileServer.content("small.bin", 100_000)), fine.crc32());
            assertTrue(output.toString(StandardCharsets.UTF_8).contains("failed: Connection refused"),
                    output.toString(StandardCharsets.UTF_8));
        }
    }
}
