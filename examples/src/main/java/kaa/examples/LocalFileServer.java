package kaa.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's local download server, on the JDK's {@code com.sun.net.httpserver}: it serves generated files of a few
 * megabytes, each byte a function of the file's name and position ({@link #contentByte}), so a client can check what it
 * downloaded without the server keeping the files. Some files are sent with a {@code Content-Length}, others with
 * {@code Transfer-Encoding: chunked}, in pieces of {@link Builder#pieceSize} bytes with {@link Builder#pieceDelay}
 * between them, so that downloads take visible time. It listens on the loopback address, on a free port.
 *
 * <pre>{@code
 * try (LocalFileServer server = LocalFileServer.builder()
 *         .file("small.bin", 1_000_000, Transfer.CONTENT_LENGTH)
 *         .file("large.bin", 4_000_000, Transfer.CHUNKED)
 *         .pieceDelay(Duration.ofMillis(20))
 *         .start()) {
 *     URI url = server.uri("large.bin");
 * }
 * }</pre>
 *
 * <p>The server's handlers block (they sleep between pieces), so they run on a pool of daemon threads of their own,
 * one per request being served; that is the server side of the demo, not part of kaa.
 */
final class LocalFileServer implements AutoCloseable {
    /** How a file's body is framed. */
    enum Transfer {
        /** A {@code Content-Length} header, then the body. */
        CONTENT_LENGTH,
        /** {@code Transfer-Encoding: chunked}: the size is not announced. */
        CHUNKED
    }

    /** A file the server serves. */
    record File(String name, int size, Transfer transfer) {
        File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(transfer, "transfer");
            if (name.isEmpty() || name.contains("/")) {
                throw new IllegalArgumentException("a file name is one path segment: \"" + name + "\"");
            }
            if (size < 0) {
                throw new IllegalArgumentException("negative size: " + size);
            }
        }
    }

    /** Configures a server; {@link #start()} starts it. */
    static final class Builder {
        private final Map<String, File> files = new LinkedHashMap<>();
        private int pieceSize = 64 * 1024;
        private Duration pieceDelay = Duration.ZERO;

        private Builder() {}

        /**
         * Adds a file.
         *
         * @param name its name in the URL path, {@code /name}
         * @param size its size in bytes
         * @param transfer how its body is framed
         * @return this
         */
        Builder file(String name, int size, Transfer transfer) {
            File file = new File(name, size, transfer);
            if (files.putIfAbsent(name, file) != null) {
                throw new IllegalArgumentException("two files named " + name);
            }
            return this;
        }

        /**
         * Sets how many bytes the server writes between two pauses.
         *
         * @param bytes at least 1; 64 KiB by default
         * @return this
         */
        Builder pieceSize(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the piece size must be at least 1, not " + bytes);
            }
            pieceSize = bytes;
            return this;
        }

        /**
         * Sets the pause after each piece of a body.
         *
         * @param delay zero (the default) for none
         * @return this
         */
        Builder pieceDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("negative delay: " + delay);
            }
            pieceDelay = delay;
            return this;
        }

        /**
         * Starts the server on the loopback address and a free port.
         *
         * @return the running server
         * @throws IOException if it cannot bind
         */
        LocalFileServer start() throws IOException {
            return new LocalFileServer(this);
        }
    }

    private final Map<String, File> files;
    private final int pieceSize;
    private final long pieceDelayNanos;
    private final HttpServer server;
    private final ExecutorService handlers;

    private LocalFileServer(Builder builder) throws IOException {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(builder.files));
        pieceSize = builder.pieceSize;
        pieceDelayNanos = builder.pieceDelay.toNanos();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger threads = new AtomicInteger();
        handlers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "file-server-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts configuring a server.
     *
     * @return a builder with no files, 64 KiB pieces and no delay
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the byte at {@code position} of the file called {@code name}: deterministic, and different for different
     * names and positions (a 64-bit mix of both), so a misplaced or repeated piece shows.
     *
     * @param name the file's name
     * @param position the byte's position
     * @return the byte
     */
    static byte contentByte(String name, long position) {
        long x = name.hashCode() * 0x9E3779B97F4A7C15L + position;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return (byte) (x ^ (x >>> 31));
    }

    /**
     * Returns the whole content of a file of the given name and size.
     *
     * @param name the file's name
     * @param size its size
     * @return its bytes
     */
    static byte[] content(String name, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = contentByte(name, i);
        }
        return bytes;
    }

    /**
     * Returns the files this server serves.
     *
     * @return name to file, in the order they were added
     */
    Map<String, File> files() {
        return files;
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Returns the URL of a file (which need not exist: an unknown name gets a 404).
     *
     * @param name the file's name
     * @return {@code http://127.0.0.1:port/name}
     */
    URI uri(String name) {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        if (address.getAddress() instanceof Inet6Address) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + "/" + name);
    }

    /** Stops the server at once; requests being served are cut off. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            File file = files.get(path.startsWith("/") ? path.substring(1) : path);
            if (file == null || !exchange.getRequestMethod().equals("GET")) {
                byte[] message = (file == null ? "no such file: " + path : "only GET")
                        .getBytes(StandardCharsets.US_ASCII);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(file == null ? 404 : 405, message.length);
                exchange.getResponseBody().write(message);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            // 0 asks the JDK server for chunked encoding; a positive length sends Content-Length. (An empty file
            // with Content-Length is -1 in this API: no body.)
            long lengthArgument = file.transfer() == Transfer.CHUNKED ? 0 : file.size() == 0 ? -1 : file.size();
            exchange.sendResponseHeaders(200, lengthArgument);
            sendBody(file, exchange.getResponseBody());
        }
    }

    private void sendBody(File file, OutputStream body) throws IOException {
        byte[] piece = new byte[Math.min(pieceSize, Math.max(1, file.size()))];
        for (int sent = 0; sent < file.size(); ) {
            int length = Math.min(piece.length, file.size() - sent);
            for (int i = 0; i < length; i++) {
                piece[i] = contentByte(file.name(), sent + i);
            }
            body.write(piece, 0, length);
            body.flush();
            sent += length;
            if (pieceDelayNanos > 0 && sent < file.size()) {
                pause();
            }
        }
    }

    private void pause() throws IOException {
        try {
            TimeUnit.NANOSECONDS.sleep(pieceDelayNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the server is stopping", e);
        }
    }
}
