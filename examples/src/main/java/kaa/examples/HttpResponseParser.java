package kaa.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kaa.InProgressStatus;

/**
 * An incremental HTTP/1.1 response parser: feed it the bytes of a response as they arrive, in chunks of any size, and
 * it hands the body's bytes to a {@link BodyListener} and reports progress through an {@link InProgressStatus}. It
 * understands a status line, header fields, a body framed by {@code Content-Length}, a {@code chunked} body (chunk
 * extensions ignored, trailer fields kept), a body that lasts until the connection closes, responses without a body
 * (204, 304), and interim {@code 1xx} responses (skipped). Bare {@code LF} line ends are accepted as {@code CRLF}.
 *
 * <p>Malformed input fails with an {@link HttpParseException} that says what and where (a parser that failed
 * refuses more input). Limits keep a hostile server from making it buffer without end: a line of the head (status
 * line, header or trailer field, chunk size) may be at most {@value #MAX_LINE_LENGTH} bytes and a head at most
 * {@value #MAX_FIELDS} fields.
 *
 * <pre>{@code
 * HttpResponseParser parser = new HttpResponseParser(file::write, status);
 * while (!parser.isComplete()) {
 *     byte[] bytes = yield_(socket.read());
 *     if (bytes.length == 0) { parser.endOfInput(); break; }
 *     parser.feed(bytes, 0, bytes.length);
 * }
 * }</pre>
 */
final class HttpResponseParser {
    /** The longest line of a head, trailer or chunk-size line, in bytes, line end included. */
    static final int MAX_LINE_LENGTH = 8192;
    /** The most header (or trailer) fields. */
    static final int MAX_FIELDS = 100;

    /** Receives the body's bytes, in order, as they are parsed. */
    @FunctionalInterface
    interface BodyListener {
        /**
         * Bytes of the body (after chunked framing is removed).
         *
         * @param bytes holds them; only valid during the call
         * @param offset where they start
         * @param length how many
         */
        void body(byte[] bytes, int offset, int length);
    }

    /** Thrown for a response that is not valid HTTP/1.1, or exceeds the parser's limits. */
    static final class HttpParseException extends IOException {
        private static final long serialVersionUID = 1L;

        HttpParseException(String message) {
            super(message);
        }
    }

    private enum State { STATUS_LINE, HEADERS, BODY_FIXED, BODY_UNTIL_CLOSE, CHUNK_SIZE, CHUNK_DATA, CHUNK_END,
        TRAILERS, COMPLETE, FAILED }

    private final BodyListener listener;
    private final InProgressStatus progress;

    private State state = State.STATUS_LINE;
    private final byte[] line = new byte[MAX_LINE_LENGTH];
    private int lineLength;
    /** Bytes consumed so far, for messages. */
    private long offset;

    private String version;
    private int status;
    private String reason;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> trailers = new LinkedHashMap<>();
    private int fieldCount;
    private boolean headComplete;
    private long contentLength = -1;
    private boolean chunked;
    /** Bytes of the current fixed-length body or chunk still to come. */
    private long remaining;
    private long bodyBytes;

    /**
     * Creates a parser for one response.
     *
     * @param listener receives the body
     * @param progress updated as body bytes arrive (its maximum set from {@code Content-Length}); may be {@code null}
     */
    HttpResponseParser(BodyListener listener, InProgressStatus progress) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.progress = progress;
    }

    /**
     * Parses {@code length} bytes from {@code bytes[offset]}, stopping at the end of the response.
     *
     * @param bytes holds the input
     * @param start where it starts
     * @param length how many bytes
     * @return how many bytes belong to this response: {@code length}, or fewer if the response ended within them (the
     *     rest belongs to whatever follows on the connection)
     * @throws HttpParseException if the input is malformed; the parser then refuses further input
     * @throws IllegalStateException if the parser has failed before
     */
    int feed(byte[] bytes, int start, int length) throws HttpParseException {
        Objects.checkFromIndexSize(start, length, bytes.length);
        if (state == State.FAILED) {
            throw new IllegalStateException("the parser failed before; it takes no more input");
        }
        int position = start;
        int end = start + length;
        try {
            while (position < end && state != State.COMPLETE) {
                position = step(bytes, position, end);
            }
        } catch (HttpParseException e) {
            state = State.FAILED;
            throw e;
        }
        return position - start;
    }

    /**
     * Tells the parser the connection closed: that ends a body that lasts until the close, and is an error anywhere
     * else before the response is complete.
     *
     * @throws HttpParseException if the response is incomplete
     */
    void endOfInput() throws HttpParseException {
        if (state == State.BODY_UNTIL_CLOSE) {
            finish();
            return;
        }
        if (state != State.COMPLETE) {
            String where = switch (state) {
                case STATUS_LINE, HEADERS -> "in the head";
                case BODY_FIXED -> "after " + bodyBytes + " of " + contentLength + " body bytes";
                default -> "in the chunked body, after " + bodyBytes + " body bytes";
            };
            state = State.FAILED;
            throw new HttpParseException("the connection closed " + where + ": the response is truncated");
        }
    }

    /**
     * Tells whether the whole response has been parsed.
     *
     * @return {@code true} once complete
     */
    boolean isComplete() {
        return state == State.COMPLETE;
    }

    /**
     * Tells whether the head (status line and headers) has been parsed.
     *
     * @return {@code true} once the body (if any) has started
     */
    boolean hasHead() {
        return headComplete;
    }

    /**
     * Returns the status code.
     *
     * @return the code, or 0 before the status line
     */
    int status() {
        return status;
    }

    /**
     * Returns the reason phrase.
     *
     * @return the phrase (possibly empty), or {@code null} before the status line
     */
    String reason() {
        return reason;
    }

    /**
     * Returns the HTTP version of the response.
     *
     * @return such as {@code "HTTP/1.1"}, or {@code null} before the status line
     */
    String version() {
        return version;
    }

    /**
     * Returns the values of a header field, by name in any case.
     *
     * @param name the field name
     * @return its values in order; empty if absent
     */
    List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Returns all header fields.
     *
     * @return lower-case name to values, in order of appearance
     */
    Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Returns the trailer fields of a chunked body.
     *
     * @return lower-case name to values; empty without trailers
     */
    Map<String, List<String>> trailers() {
        return Collections.unmodifiableMap(trailers);
    }

    /**
     * Returns the body length announced by {@code Content-Length}.
     *
     * @return the length, or -1 if none was announced (chunked, or until close)
     */
    long contentLength() {
        return contentLength;
    }

    /**
     * Tells whether the body is chunked.
     *
     * @return {@code true} for {@code Transfer-Encoding: chunked}
     */
    boolean isChunked() {
        return chunked;
    }

    /**
     * Returns how many body bytes have been parsed.
     *
     * @return the body bytes so far
     */
    long bodyBytes() {
        return bodyBytes;
    }

    // ---------------------------------------------------------------------------------------------- the machine

    /** Consumes input from {@code position} in the current state; returns the new position. */
    private int step(byte[] bytes, int position, int end) throws HttpParseException {
        switch (state) {
            case STATUS_LINE, HEADERS, CHUNK_SIZE, CHUNK_END, TRAILERS -> {
                int next = collectLine(bytes, position, end);
                if (next < 0) {
                    return end; // the line goes on in the next chunk
                }
                String text = takeLine();
                switch (state) {
                    case STATUS_LINE -> statusLine(text);
                    case HEADERS -> headerLine(text);
                    case CHUNK_SIZE -> chunkSizeLine(text);
                    case CHUNK_END -> chunkEndLine(text);
                    default -> trailerLine(text);
                }
                return next;
            }
            case BODY_FIXED, CHUNK_DATA -> {
                int length = (int) Math.min(remaining, end - position);
                deliver(bytes, position, length);
                remaining -= length;
                if (remaining == 0) {
                    if (state == State.BODY_FIXED) {
                        finish();
                    } else {
                        state = State.CHUNK_END;
                    }
                }
                return position + length;
            }
            case BODY_UNTIL_CLOSE -> {
                deliver(bytes, position, end - position);
                return end;
            }
            default -> throw new IllegalStateException("no input expected in state " + state);
        }
    }

    /**
     * Adds bytes to the current line up to and including its LF; returns the position after the LF, or -1 if the
     * line is not complete yet.
     */
    private int collectLine(byte[] bytes, int position, int end) throws HttpParseException {
        for (int i = position; i < end; i++) {
            if (lineLength == line.length) {
                throw error("a line longer than " + MAX_LINE_LENGTH + " bytes");
            }
            line[lineLength++] = bytes[i];
            offset++;
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The collected line without its line end (CRLF, or a bare LF). */
    private String takeLine() throws HttpParseException {
        int length = lineLength - 1;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b == '\r' || b == 0) {
                throw error("a stray " + (b == 0 ? "NUL" : "CR") + " byte in a line");
            }
        }
        lineLength = 0;
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }

    private void statusLine(String text) throws HttpParseException {
        // HTTP-version SP status-code SP [reason-phrase]
        int firstSpace = text.indexOf(' ');
        if (firstSpace < 0 || !text.startsWith("HTTP/1.")) {
            throw error("not an HTTP/1.x status line: \"" + abbreviate(text) + "\"");
        }
        String responseVersion = text.substring(0, firstSpace);
        if (!responseVersion.equals("HTTP/1.1") && !responseVersion.equals("HTTP/1.0")) {
            throw error("unsupported HTTP version \"" + responseVersion + "\"");
        }
        String rest = text.substring(firstSpace + 1);
        String code = rest.length() >= 3 ? rest.substring(0, 3) : rest;
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= '0' && c <= '9')
                || (rest.length() > 3 && rest.charAt(3) != ' ')) {
            throw error("the status code is not three digits: \"" + abbreviate(text) + "\"");
        }
        version = responseVersion;
        status = Integer.parseInt(code);
        if (status < 100) {
            throw error("status code " + status + " is out of range");
        }
        reason = rest.length() > 4 ? rest.substring(4) : "";
        headers.clear();
        fieldCount = 0;
        state = State.HEADERS;
    }

    private void headerLine(String text) throws HttpParseException {
        if (text.isEmpty()) {
            endOfHead();
            return;
        }
        addField(text, headers, "header");
    }

    private void addField(String text, Map<String, List<String>> fields, String kind) throws HttpParseException {
        if (text.charAt(0) == ' ' || text.charAt(0) == '\t') {
            throw error("obsolete line folding in a " + kind + " field");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw error("a " + kind + " field without a name and a colon: \"" + abbreviate(text) + "\"");
        }
        String name = text.substring(0, colon);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                throw error("an invalid character in the " + kind + " field name \"" + abbreviate(name) + "\"");
            }
        }
        if (++fieldCount > MAX_FIELDS) {
            throw error("more than " + MAX_FIELDS + " " + kind + " fields");
        }
        fields.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .add(text.substring(colon + 1).strip());
    }

    private void endOfHead() throws HttpParseException {
        if (status < 200) {
            state = State.STATUS_LINE; // an interim response (100 Continue, 103 Early Hints): the real one follows
            return;
        }
        headComplete = true;
        if (status == 204 || status == 304) {
            finish();
            return;
        }
        List<String> codings = new ArrayList<>();
        for (String value : header("Transfer-Encoding")) {
            for (String coding : value.split(",")) {
                if (!coding.isBlank()) {
                    codings.add(coding.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!codings.isEmpty()) {
            if (!codings.equals(List.of("chunked"))) {
                throw error("unsupported Transfer-Encoding " + codings + " (only chunked is)");
            }
            chunked = true; // Transfer-Encoding overrides Content-Length (RFC 9112, 6.3)
            state = State.CHUNK_SIZE;
            return;
        }
        List<String> lengths = header("Content-Length");
        if (lengths.isEmpty()) {
            state = State.BODY_UNTIL_CLOSE;
            return;
        }
        long length = -1;
        for (String value : lengths) {
            for (String part : value.split(",")) {
                long parsed = parseLength(part.strip());
                if (length >= 0 && parsed != length) {
                    throw error("conflicting Content-Length values " + lengths);
                }
                length = parsed;
            }
        }
        contentLength = length;
        if (progress != null) {
            progress.setMaximum(length);
        }
        remaining = length;
        if (length == 0) {
            finish();
        } else {
            state = State.BODY_FIXED;
        }
    }

    private long parseLength(String text) throws HttpParseException {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw error("Content-Length is not a decimal number: \"" + abbreviate(text) + "\"");
        }
        return Long.parseLong(text);
    }

    private void chunkSizeLine(String text) throws HttpParseException {
        int semicolon = text.indexOf(';'); // chunk extensions are ignored
        String size = (semicolon < 0 ? text : text.substring(0, semicolon)).strip();
        if (size.isEmpty() || size.length() > 15 || !size.chars().allMatch(HttpResponseParser::isHexDigit)) {
            throw error("the chunk size is not a hexadecimal number: \"" + abbreviate(text) + "\"");
        }
        remaining = Long.parseLong(size, 16);
        if (remaining == 0) {
            fieldCount = 0;
            state = State.TRAILERS;
        } else {
            state = State.CHUNK_DATA;
        }
    }

    private void chunkEndLine(String text) throws HttpParseException {
        if (!text.isEmpty()) {
            throw error("chunk data longer than its announced size (no line end after it)");
        }
        state = State.CHUNK_SIZE;
    }

    private void trailerLine(String text) throws HttpParseException {
        if (text.isEmpty()) {
            finish();
            return;
        }
        addField(text, trailers, "trailer");
    }

    private void deliver(byte[] bytes, int position, int length) {
        if (length == 0) {
            return;
        }
        offset += length;
        bodyBytes += length;
        listener.body(bytes, position, length);
        if (progress != null) {
            progress.increment(length);
        }
    }

    private void finish() {
        state = State.COMPLETE;
        if (progress != null && contentLength < 0) {
            progress.setMaximum(bodyBytes); // the size is known now: the bar shows 100%
        }
    }

    private HttpParseException error(String what) {
        return new HttpParseException("malformed HTTP response at byte " + offset + ": " + what);
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
