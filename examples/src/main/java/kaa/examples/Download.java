package kaa.examples;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32;
import kaa.InProgressAbortedException;
import kaa.InProgressStatus;
import kaa.InProgressTimeoutException;

/**
 * One download of the demo: what to fetch, how it is to be cut short (a timeout, an abort part-way), and, as it runs,
 * its progress, the body's length and CRC-32, its time and its outcome. Used on the loop thread only.
 */
final class Download {
    /** How a download ended. */
    enum Outcome {
        /** Still running. */
        RUNNING,
        /** The whole body arrived with status 200. */
        DONE,
        /** Its timeout fired first; it was aborted. */
        TIMED_OUT,
        /** Aborted part-way, on purpose. */
        ABORTED,
        /** A network or HTTP error. */
        FAILED
    }

    private final String label;
    private final URI uri;
    private final Duration timeout;
    private final double abortAt;
    private final InProgressStatus status = new InProgressStatus();
    private final CRC32 crc = new CRC32();
    private long bytes;
    private long startNanos;
    private long endNanos;
    private Outcome outcome = Outcome.RUNNING;
    private String reason = "";
    private boolean socketClosed;

    /**
     * Describes a download.
     *
     * @param label its name on the screen
     * @param uri an {@code http://} URL
     * @param timeout how long it may take, or {@code null} for no limit
     * @param abortAt the fraction of the body (0 to 1, exclusive) after which it is aborted, or 0 for never
     */
    Download(String label, URI uri, Duration timeout, double abortAt) {
        this.label = Objects.requireNonNull(label, "label");
        this.uri = Objects.requireNonNull(uri, "uri");
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http:// URL: " + uri);
        }
        this.timeout = timeout;
        if (!(abortAt >= 0 && abortAt < 1)) {
            throw new IllegalArgumentException("abortAt is a fraction in [0, 1): " + abortAt);
        }
        this.abortAt = abortAt;
    }

    String label() {
        return label;
    }

    URI uri() {
        return uri;
    }

    /** The time limit, or {@code null}. */
    Duration timeout() {
        return timeout;
    }

    /** The fraction after which the demo aborts this download; 0 for never. */
    double abortAt() {
        return abortAt;
    }

    /** The progress, fed by the response parser. */
    InProgressStatus status() {
        return status;
    }

    /** Body bytes received. */
    long bytes() {
        return bytes;
    }

    /** The CRC-32 of the body bytes received. */
    long crc32() {
        return crc.getValue();
    }

    Outcome outcome() {
        return outcome;
    }

    /** Why it did not end {@link Outcome#DONE}; empty if it did. */
    String reason() {
        return reason;
    }

    /** Whether the download coroutine's {@code finally} closed its socket. */
    boolean socketClosed() {
        return socketClosed;
    }

    /** From start to outcome (or to now, while running). */
    Duration elapsed() {
        return Duration.ofNanos((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos);
    }

    void started() {
        startNanos = System.nanoTime();
    }

    /** Body bytes, in order, from the parser. */
    void body(byte[] data, int offset, int length) {
        crc.update(data, offset, length);
        bytes += length;
    }

    void closedSocket() {
        socketClosed = true;
    }

    void succeeded() {
        endNanos = System.nanoTime();
        outcome = Outcome.DONE;
    }

    /**
     * Records a failure.
     *
     * @param failure what ended the download
     * @return the reason, for the progress bar
     */
    String failed(Throwable failure) {
        endNanos = System.nanoTime();
        if (failure instanceof InProgressTimeoutException) {
            outcome = Outcome.TIMED_OUT;
            reason = String.format(Locale.ROOT, "timed out after %.1f s", timeout.toMillis() / 1000.0);
        } else if (failure instanceof InProgressAbortedException) {
            outcome = Outcome.ABORTED;
            reason = "aborted at " + status.percentage() + " %";
        } else {
            outcome = Outcome.FAILED;
            String message = failure.getMessage();
            reason = failure instanceof IOException && message != null ? message
                    : failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return reason;
    }
}
