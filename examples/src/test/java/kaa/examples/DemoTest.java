package kaa.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kaa.examples.Download.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README demo's core against its local server, with plain-line output: what arrived, and what the summary says. */
@Timeout(60)
class DemoTest {
    @Test
    void theDemoDownloadsTheServersFilesTimesOneOutAbortsOneAndReportsTheMissingOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        List<Download> downloads = Demo.runLocal(out, false);

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(output.contains("\u001b["), "no terminal escapes when the output is not a terminal");
        Map<String, Download> byName = downloads.stream()
                .collect(Collectors.toMap(Download::label, Function.identity()));
        assertEquals(Demo.LOCAL_FILES.size() + 1, byName.size());
        for (LocalFileServer.File file : Demo.LOCAL_FILES) {
            Download download = byName.get(file.name());
            long expectedCrc = Demo.crc32(LocalFileServer.content(file.name(), file.size()));
            switch (file.name()) {
                case "charlie.bin" -> {
                    assertEquals(Outcome.ABORTED, download.outcome(), download.reason());
                    assertTrue(download.bytes() >= file.size() * Demo.ABORT_AT && download.bytes() < file.size(),
                            "aborted half-way: " + download.bytes());
                    assertTrue(download.socketClosed(), "the coroutine's finally closed the socket");
                    assertEquals(crcOfPrefix(file, download.bytes()), download.crc32(), "what arrived is the prefix");
                    assertTrue(summaryLine(output, file.name()).contains("aborted at "), output);
                }
                case "delta.bin" -> {
                    assertEquals(Outcome.TIMED_OUT, download.outcome(), download.reason());
                    assertTrue(download.bytes() < file.size(), "cut short: " + download.bytes());
                    assertTrue(download.socketClosed(), "the coroutine's finally closed the socket");
                    assertEquals(crcOfPrefix(file, download.bytes()), download.crc32(), "what arrived is the prefix");
                    assertTrue(summaryLine(output, file.name()).contains("timed out after 2.5 s"), output);
                }
                default -> {
                    assertEquals(Outcome.DONE, download.outcome(), file.name() + ": " + download.reason());
                    assertEquals(file.size(), download.bytes(), file.name());
                    assertEquals(expectedCrc, download.crc32(), file.name());
                    assertTrue(download.socketClosed(), file.name());
                    String line = summaryLine(output, file.name());
                    assertTrue(line.contains(String.format(Locale.ROOT, "%,d", file.size())), line);
                    assertTrue(line.contains(String.format(Locale.ROOT, "CRC-32 %08x, the server's file exactly",
                            expectedCrc)), line);
                }
            }
        }
        Download missing = byName.get(Demo.MISSING);
        assertEquals(Outcome.FAILED, missing.outcome());
        assertEquals("HTTP 404 Not Found", missing.reason());
        assertTrue(summaryLine(output, Demo.MISSING).contains("HTTP 404 Not Found"), output);
        assertTrue(output.contains("3 of 6 complete"), output);
    }

    @Test
    void onlyHttpUrlsAreAccepted() {
        assertEquals("/a/b.bin", Demo.parseUrl("http://example.org:8080/a/b.bin").getPath());
        IllegalArgumentException https = assertThrows(IllegalArgumentException.class,
                () -> Demo.parseUrl("https://example.org/"));
        assertTrue(https.getMessage().contains("https is not supported"), https.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Demo.parseUrl("ftp://example.org/x"));
        assertThrows(IllegalArgumentException.class, () -> Demo.parseUrl("example.org/x"));
    }

    /** The summary's line for a download: the one that starts with its name and has its outcome. */
    private static String summaryLine(String output, String name) {
        String summary = output.substring(output.lastIndexOf("download "));
        return summary.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line for " + name + " in\n" + output));
    }

    private static long crcOfPrefix(LocalFileServer.File file, long length) {
        byte[] content = LocalFileServer.content(file.name(), file.size());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content, 0, (int) length);
        return crc.getValue();
    }
}
