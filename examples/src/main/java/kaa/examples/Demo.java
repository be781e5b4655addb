package kaa.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import kaa.examples.LocalFileServer.Transfer;

/**
 * The README's demo: a concurrent HTTP downloader. One coroutine per download ({@link Downloader#fetch}) speaks
 * HTTP/1.1 over a {@link kaa.Socket}, all of them on one thread; each shows a live progress bar, redrawn in place on a
 * terminal (plain lines when the output is a file or a pipe).
 *
 * <p>Without arguments it starts a {@link LocalFileServer} of its own, serving generated files of a few megabytes
 * slowly (some with {@code Content-Length}, some chunked), and downloads them all at once: one with a timeout that
 * fires, one aborted half-way, and one that does not exist. A summary ends the run: bytes, time, outcome and whether
 * each file's CRC-32 matches what the server generated. It takes about five seconds.
 *
 * <p>With arguments, it downloads those {@code http://} URLs instead (no TLS: the demo speaks plain HTTP), and exits
 * with status 1 if any download failed.
 *
 * <p>The previous demo, a tour of coroutines printed as a trace, is {@link Tour}.
 */
public final class Demo {
    /** The local server writes 64 KiB, then pauses this long: a few seconds per file, so the bars visibly move. */
    static final Duration PIECE_DELAY = Duration.ofMillis(50);
    /** How long {@code delta.bin} (which needs about 6 s) may take. */
    static final Duration TIMEOUT = Duration.ofMillis(2500);
    /** How long each download given on the command line may take. */
    static final Duration URL_TIMEOUT = Duration.ofSeconds(60);
    /** {@code charlie.bin} is aborted once this fraction of it has arrived. */
    static final double ABORT_AT = 0.5;
    /** The files of the local server. */
    static final List<LocalFileServer.File> LOCAL_FILES = List.of(
            new LocalFileServer.File("alpha.bin", 3 << 20, Transfer.CONTENT_LENGTH),
            new LocalFileServer.File("bravo.bin", 5 << 20, Transfer.CHUNKED),
            new LocalFileServer.File("charlie.bin", 4 << 20, Transfer.CONTENT_LENGTH),
            new LocalFileServer.File("delta.bin", 8 << 20, Transfer.CHUNKED),
            new LocalFileServer.File("echo.bin", 1 << 20, Transfer.CHUNKED));
    /** Requested from the local server, which does not have it. */
    static final String MISSING = "missing.bin";

    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args none, to download from a local server; or {@code http://} URLs to download
     * @throws IOException if the local server cannot start
     */
    public static void main(String[] args) throws IOException {
        // exec:java runs main() on a thread named after the class; name it as `java kaa.examples.Demo` would.
        Thread.currentThread().setName("main");
        List<URI> urls = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println("usage: Demo [http://host[:port]/path ...]  (no URL: from a local server)");
                return;
            }
            try {
                urls.add(parseUrl(arg));
            } catch (IllegalArgumentException e) {
                System.err.println("Demo: " + e.getMessage());
                System.exit(2);
            }
        }
        PrintStream out = System.out;
        boolean terminal = ProgressDisplay.isTerminal();
        if (urls.isEmpty()) {
            runLocal(out, terminal);
            return;
        }
        List<Download> downloads = new ArrayList<>();
        for (URI url : urls) {
            downloads.add(new Download(label(url), url, URL_TIMEOUT, 0));
        }
        out.println("kaa-java demo: " + downloads.size() + " download(s), one coroutine each over kaa.Socket, "
                + "on one thread (timeout " + URL_TIMEOUT.toSeconds() + " s each)");
        run(downloads, out, terminal);
        summary(out, downloads, null);
        if (downloads.stream().anyMatch(d -> d.outcome() != Download.Outcome.DONE)) {
            System.exit(1);
        }
    }

    /**
     * Parses a command-line URL: {@code http://} only.
     *
     * @param text the argument
     * @return the URL
     * @throws IllegalArgumentException if it is not an {@code http://} URL with a host, saying why
     */
    static URI parseUrl(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getMessage(), e);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            throw new IllegalArgumentException(text + ": https is not supported; the demo speaks plain HTTP/1.1 "
                    + "(give an http:// URL)");
        }
        if (!scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException(text + ": not an http://host/path URL");
        }
        return url;
    }

    /**
     * The demo's core: starts the local server, downloads its files (and a missing one), prints the bars and the
     * summary, stops the server.
     *
     * @param out where to print
     * @param terminal whether {@code out} is a terminal (bars redrawn in place) or not (plain lines)
     * @return the downloads, in {@link #LOCAL_FILES} order, then {@link #MISSING}
     * @throws IOException if the server cannot start
     */
    static List<Download> runLocal(PrintStream out, boolean terminal) throws IOException {
        LocalFileServer.Builder builder = LocalFileServer.builder().pieceDelay(PIECE_DELAY);
        for (LocalFileServer.File file : LOCAL_FILES) {
            builder.file(file.name(), file.size(), file.transfer());
        }
        try (LocalFileServer server = builder.start()) {
            List<Download> downloads = new ArrayList<>();
            for (LocalFileServer.File file : LOCAL_FILES) {
                String name = file.name();
                downloads.add(new Download(name, server.uri(name), name.equals("delta.bin") ? TIMEOUT : null,
                        name.equals("charlie.bin") ? ABORT_AT : 0));
            }
            downloads.add(new Download(MISSING, server.uri(MISSING), null, 0));
            out.printf(Locale.ROOT, "kaa-java demo: %d downloads side by side, one coroutine each over kaa.Socket, all"
                    + " on one thread,%nfrom a local HTTP server at %s (64 KiB pieces, %d ms apart). delta.bin has a"
                    + " %.1f s timeout,%ncharlie.bin is aborted half-way, %s does not exist.%n%n", downloads.size(),
                    server.uri(""), PIECE_DELAY.toMillis(), TIMEOUT.toMillis() / 1000.0, MISSING);
            run(downloads, out, terminal);
            summary(out, downloads, server);
            return downloads;
        }
    }

    /** Runs the downloads on the main loop (driven by {@code await()} right here) until all have ended. */
    private static void run(List<Download> downloads, PrintStream out, boolean terminal) {
        ProgressDisplay display = new ProgressDisplay(out, terminal, 30);
        Downloader.create().runAll(downloads, display).await();
    }

    /**
     * Prints a line per download and a total; with the local {@code server}, also whether each complete body is the
     * file the server generated (length and CRC-32).
     */
    private static void summary(PrintStream out, List<Download> downloads, LocalFileServer server) {
        out.println();
        out.printf(Locale.ROOT, "%-16s %12s %8s  %s%n", "download", "bytes", "time", "outcome");
        long total = 0;
        long longest = 0;
        int complete = 0;
        for (Download download : downloads) {
            total += download.bytes();
            longest = Math.max(longest, download.elapsed().toMillis());
            String outcome;
            if (download.outcome() == Download.Outcome.DONE) {
                complete++;
                outcome = String.format(Locale.ROOT, "done, CRC-32 %08x", download.crc32());
                LocalFileServer.File file = server == null ? null : server.files().get(download.label());
                if (file != null) {
                    boolean same = file.size() == download.bytes()
                            && crc32(LocalFileServer.content(file.name(), file.size())) == download.crc32();
                    outcome += same ? ", the server's file exactly" : ", NOT the server's file";
                }
            } else {
                outcome = download.reason();
                if (download.outcome() != Download.Outcome.FAILED) {
                    outcome += download.socketClosed() ? ", socket closed in finally" : ", socket left open";
                }
            }
            out.printf(Locale.ROOT, "%-16s %,12d %6.1f s  %s%n", download.label(), download.bytes(),
                    download.elapsed().toMillis() / 1000.0, outcome);
        }
        out.printf(Locale.ROOT, "%d of %d complete; %s received in %.1f s%n", complete, downloads.size(),
                ProgressDisplay.bytes(total), longest / 1000.0);
        out.flush();
    }

    /**
     * The CRC-32 of some bytes.
     *
     * @param bytes the bytes
     * @return their CRC-32
     */
    static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    private static String label(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? url.getHost() : last;
    }
}
