package kaa.internal;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntConsumer;

import kaa.InProgress;

/**
 * The bytes a stream has received and not yet handed out, and the reads waiting for them: {@code read()},
 * {@code readLine()} and {@code readExactly(n)}, served in the order they were asked for. No threads and no I/O: the
 * owner {@linkplain #append appends} what it received, marks the {@linkplain #end() end} or a {@linkplain #fail
 * failure}, and is told through {@code consumed} how many bytes left the buffer, so that it can read more (flow
 * control: the owner reads only while the buffer has room).
 *
 * <p>Not thread-safe: one thread at a time (the runtime uses it on the notifier thread). Reads finish synchronously
 * inside {@link #append} and the read calls; a callback that asks for the next read from there is served after the
 * reads queued before it.
 *
 * <p>Nothing is lost: a {@code readExactly} that meets the end early, or a {@code readLine} whose line is too long,
 * fails and leaves the bytes in the buffer for the next read.
 */
public final class ReadBuffer {
    private static final byte[] EMPTY = {};

    private enum Kind { SOME, LINE, EXACTLY }

    private static final class Request {
        final Kind kind;
        /** For EXACTLY the byte count, for LINE the maximum line length. */
        final int count;
        final byte[] delimiter;
        final InProgress<byte[]> result = new InProgress<>();

        Request(Kind kind, int count, byte[] delimiter) {
            this.kind = kind;
            this.count = count;
            this.delimiter = delimiter;
        }
    }

    private final IntConsumer consumed;
    /** The buffered bytes are {@code data[start..end)}; flow control keeps this small, so one array will do. */
    private byte[] data = EMPTY;
    private int start;
    private int end;
    /** How many bytes from {@code start} are known to hold no complete {@link #scannedDelimiter}. */
    private int scannedWithoutDelimiter;
    private byte[] scannedDelimiter;
    private final ArrayDeque<Request> requests = new ArrayDeque<>();
    private boolean serving;
    private boolean ended;
    /** Set when the stream failed or its reader discarded it; then bytes still arriving are dropped. */
    private Throwable failure;
    private boolean discarded;
    private byte[] delimiter = {'\n'};
    private int maxLineLength;

    /**
     * Creates an empty buffer.
     *
     * @param maxLineLength the longest line {@link #readLine()} returns, delimiter included; at least 1
     * @param consumed told, with a count, whenever bytes leave the buffer (with a negative count when bytes taken
     *     for a read that was aborted meanwhile go back in)
     */
    public ReadBuffer(int maxLineLength, IntConsumer consumed) {
        this.consumed = Objects.requireNonNull(consumed, "consumed");
        setMaxLineLength(maxLineLength);
    }

    // ------------------------------------------------------------------------------------------------- reading

    /**
     * Reads what is buffered, or waits for the next bytes.
     *
     * @return all buffered bytes; an empty array at the end of the stream
     */
    public InProgress<byte[]> read() {
        return request(Kind.SOME, 0, null);
    }

    /**
     * Reads up to and including the next {@linkplain #setDelimiter delimiter}. At the end of the stream the bytes
     * after the last delimiter come as a last, unterminated line, then an empty array. A line of more than
     * {@link #maxLineLength()} bytes fails the read with an {@link IOException}, and leaves the bytes buffered.
     *
     * @return the line, delimiter included; an empty array at the end of the stream
     */
    public InProgress<byte[]> readLine() {
        return request(Kind.LINE, maxLineLength, delimiter);
    }

    /**
     * Reads up to and including the next {@code lineDelimiter}, as {@link #readLine()} does with its own delimiter and
     * maximum length.
     *
     * @param lineDelimiter one or more bytes; copied
     * @param maxLength the longest line, delimiter included
     * @return the line, delimiter included; an empty array at the end of the stream
     */
    public InProgress<byte[]> readLine(byte[] lineDelimiter, int maxLength) {
        if (lineDelimiter.length == 0 || lineDelimiter.length > maxLength) {
            throw new IllegalArgumentException("the delimiter must have 1 to maxLength (" + maxLength + ") bytes, not "
                    + lineDelimiter.length);
        }
        return request(Kind.LINE, maxLength, lineDelimiter.clone());
    }

    /**
     * Reads exactly {@code count} bytes. If the stream ends first, the read fails with an {@link EOFException} and
     * the bytes stay buffered.
     *
     * @param count how many bytes; zero finishes at once with an empty array
     * @return the bytes
     */
    public InProgress<byte[]> readExactly(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative byte count: " + count);
        }
        return request(Kind.EXACTLY, count, null);
    }

    /**
     * Takes the next complete line out of the buffer without a waiting read, for owners that emit lines as they come:
     * a line ended by the delimiter, a piece of {@link #maxLineLength()} bytes of a longer line, or at the end of the
     * stream the unterminated rest. Returns {@code null} when there is none, or when reads are waiting (they come
     * first).
     *
     * @return a line with its delimiter (if it had one), or {@code null}
     */
    public byte[] pollLine() {
        if (!requests.isEmpty() || size() == 0) {
            return null;
        }
        int length = lineLength(delimiter, maxLineLength);
        if (length < 0) {
            if (size() >= maxLineLength) {
                length = maxLineLength;
            } else if (isEnded()) {
                length = size();
            } else {
                return null;
            }
        }
        return take(length);
    }

    // ------------------------------------------------------------------------------------------------ receiving

    /**
     * Adds received bytes and serves the waiting reads. After {@link #discard} the bytes are dropped (and reported
     * consumed): they were in flight when the reader gave up.
     *
     * @param bytes the bytes; copied
     * @throws IllegalStateException after the end or a failure
     */
    public void append(byte[] bytes) {
        append(bytes, 0, bytes.length);
    }

    /**
     * Adds {@code length} received bytes from {@code bytes[offset]}; see {@link #append(byte[])}.
     *
     * @param bytes holds the bytes; copied
     * @param offset where they start
     * @param length how many
     */
    public void append(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (discarded) {
            if (length > 0) {
                consumed.accept(length);
            }
            return;
        }
        if (isEnded()) {
            throw new IllegalStateException("bytes received after the end of the stream");
        }
        if (length == 0) {
            return;
        }
        makeRoom(length);
        System.arraycopy(bytes, offset, data, end, length);
        end += length;
        serve();
    }

    /** Marks the end of the stream: reads that cannot be served from the buffer finish (see each read). */
    public void end() {
        if (isEnded()) {
            return;
        }
        ended = true;
        serve();
    }

    /**
     * Fails the stream: waiting and later reads fail with {@code cause} once the buffered bytes they could get are
     * gone (a read that the buffer can serve still gets its bytes).
     *
     * @param cause the failure
     */
    public void fail(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        if (isEnded()) {
            return;
        }
        failure = cause;
        serve();
    }

    /**
     * Drops the buffered bytes and those still arriving (they count as consumed), for a stream whose reader closed
     * it; waiting and later reads fail with {@code cause}.
     *
     * @param cause what the reads fail with
     */
    public void discard(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        if (discarded) {
            return;
        }
        int dropped = size();
        data = EMPTY;
        start = 0;
        end = 0;
        scannedWithoutDelimiter = 0;
        discarded = true;
        ended = false;
        failure = cause;
        serve();
        if (dropped > 0) {
            consumed.accept(dropped);
        }
    }

    // ----------------------------------------------------------------------------------------------- properties

    /**
     * Returns how many bytes are buffered.
     *
     * @return the number of received bytes not handed out yet
     */
    public int size() {
        return end - start;
    }

    /**
     * Returns how many bytes the buffer must hold for the first waiting read to be served (or to fail as too long): 1
     * for {@code read()}, {@code n} for {@code readExactly(n)}, the maximum line length for {@code readLine()}; 0 when
     * no read waits. An owner that limits how much it buffers lets the buffer grow to this much, or the read would
     * wait for ever.
     *
     * @return the bytes the first waiting read needs
     */
    public int demand() {
        for (Request request : requests) {
            if (!request.result.isFinished()) {
                return request.kind == Kind.SOME ? 1 : request.count;
            }
        }
        return 0;
    }

    /**
     * Tells whether the end or a failure has been received (buffered bytes may remain).
     *
     * @return {@code true} after {@link #end()}, {@link #fail} or {@link #discard}
     */
    public boolean isEnded() {
        return ended || failure != null;
    }

    /**
     * Returns the delimiter that ends a line.
     *
     * @return a copy of the delimiter
     */
    public byte[] delimiter() {
        return delimiter.clone();
    }

    /**
     * Sets the delimiter that ends a line for {@link #readLine()} calls from now on and for {@link #pollLine()}.
     *
     * @param newDelimiter one or more bytes; copied
     */
    public void setDelimiter(byte[] newDelimiter) {
        if (newDelimiter.length == 0) {
            throw new IllegalArgumentException("the line delimiter must not be empty");
        }
        delimiter = newDelimiter.clone();
    }

    /**
     * Returns the longest line a read returns, delimiter included.
     *
     * @return the maximum line length in bytes
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Sets the longest line {@link #readLine()} calls from now on and {@link #pollLine()} return, delimiter included.
     *
     * @param newMaxLineLength at least 1
     */
    public void setMaxLineLength(int newMaxLineLength) {
        if (newMaxLineLength < 1) {
            throw new IllegalArgumentException("the maximum line length must be at least 1, not " + newMaxLineLength);
        }
        maxLineLength = newMaxLineLength;
    }

    @Override
    public String toString() {
        return "ReadBuffer[" + size() + " bytes, " + requests.size() + " reads waiting"
                + (failure != null ? ", failed: " + failure : ended ? ", ended" : "") + "]";
    }

    // ---------------------------------------------------------------------------------------------- internals

    private InProgress<byte[]> request(Kind kind, int count, byte[] lineDelimiter) {
        Request request = new Request(kind, count, lineDelimiter);
        requests.addLast(request);
        serve();
        return request.result;
    }

    /** Serves waiting reads in order while the first can be served; re-entrant calls leave it to the outer one. */
    private void serve() {
        if (serving) {
            return;
        }
        serving = true;
        try {
            Request first;
            while ((first = requests.peekFirst()) != null) {
                if (first.result.isFinished()) {
                    requests.pollFirst(); // aborted while waiting: it takes nothing
                } else if (!tryServe(first)) {
                    return;
                }
            }
        } finally {
            serving = false;
        }
    }

    /** Serves {@code request} (the first waiting one) if it can be now; false if it must wait for more bytes. */
    private boolean tryServe(Request request) {
        int size = size();
        switch (request.kind) {
            case SOME:
                if (size > 0) {
                    return complete(request, take(size));
                }
                return endOrWait(request, EMPTY);
            case EXACTLY:
                if (size >= request.count) {
                    return complete(request, take(request.count));
                }
                return endOrWait(request, new EOFException("the stream ended after " + size + " of the "
                        + request.count + " bytes read exactly; they stay buffered"));
            case LINE:
                int length = lineLength(request.delimiter, request.count);
                if (length >= 0) {
                    return complete(request, take(length));
                }
                if (size >= request.count) {
                    return fail(request, new IOException("line too long: no delimiter " + describe(request.delimiter)
                            + " in the first " + request.count + " bytes (the maximum line length); the bytes stay"
                            + " buffered"));
                }
                if (size > 0 && isEnded()) {
                    return complete(request, take(size)); // the last line, without a delimiter
                }
                return endOrWait(request, EMPTY);
            default:
                throw new AssertionError(request.kind);
        }
    }

    /** At the end finishes with {@code atEnd} (a value, or a failure); on a failure fails; otherwise it waits. */
    private boolean endOrWait(Request request, Object atEnd) {
        if (failure != null) {
            return fail(request, failure);
        }
        if (!ended) {
            return false;
        }
        if (atEnd instanceof Throwable) {
            return fail(request, (Throwable) atEnd);
        }
        return complete(request, (byte[]) atEnd);
    }

    private boolean complete(Request request, byte[] value) {
        requests.pollFirst();
        if (!request.result.tryFinish(value) && value.length > 0) {
            unread(value); // aborted from another thread meanwhile: the bytes stay for the next read
        }
        return true;
    }

    /** Puts bytes that were taken back in front of the buffer. */
    private void unread(byte[] bytes) {
        int size = size();
        if (start < bytes.length) {
            byte[] grown = new byte[bytes.length + size];
            System.arraycopy(data, start, grown, bytes.length, size);
            data = grown;
            start = bytes.length;
            end = start + size;
        }
        start -= bytes.length;
        System.arraycopy(bytes, 0, data, start, bytes.length);
        scannedWithoutDelimiter = 0;
        consumed.accept(-bytes.length);
    }

    private boolean fail(Request request, Throwable cause) {
        requests.pollFirst();
        request.result.tryFail(cause);
        return true;
    }

    /** The length of the first line (up to and including a delimiter) within {@code maxLineLength} bytes, or -1. */
    private int lineLength(byte[] lineDelimiter, int maxLength) {
        if (lineDelimiter != scannedDelimiter) {
            scannedDelimiter = lineDelimiter;
            scannedWithoutDelimiter = 0;
        }
        int limit = Math.min(size(), maxLength);
        int last = limit - lineDelimiter.length;
        int from = Math.max(0, scannedWithoutDelimiter - lineDelimiter.length + 1);
        for (int i = from; i <= last; i++) {
            if (startsWith(start + i, lineDelimiter)) {
                return i + lineDelimiter.length;
            }
        }
        scannedWithoutDelimiter = Math.max(scannedWithoutDelimiter, limit);
        return -1;
    }

    private boolean startsWith(int at, byte[] prefix) {
        for (int j = 0; j < prefix.length; j++) {
            if (data[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private void makeRoom(int length) {
        if (data.length - end >= length) {
            return;
        }
        int size = size();
        if (data.length - size >= length && start >= data.length / 2) {
            System.arraycopy(data, start, data, 0, size); // compact: most of the array is free
        } else {
            data = Arrays.copyOfRange(data, start, start + Math.max(size + length, 2 * data.length));
        }
        start = 0;
        end = size;
    }

    /** Takes the first {@code count} bytes out of the buffer. */
    private byte[] take(int count) {
        byte[] out = Arrays.copyOfRange(data, start, start + count);
        start += count;
        scannedWithoutDelimiter = Math.max(0, scannedWithoutDelimiter - count);
        if (start == end) {
            start = 0;
            end = 0;
        }
        if (count > 0) {
            consumed.accept(count);
        }
        return out;
    }

    private static String describe(byte[] bytes) {
        StringBuilder text = new StringBuilder("\"");
        for (byte b : bytes) {
            if (b == '\n') {
                text.append("\\n");
            } else if (b == '\r') {
                text.append("\\r");
            } else if (b >= 0x20 && b < 0x7f) {
                text.append((char) b);
            } else {
                text.append(String.format("\\x%02x", b & 0xff));
            }
        }
        return text.append('"').toString();
    }
}
