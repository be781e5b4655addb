package kaa.examples;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kaa.InProgressStatus;
import kaa.ManualTicker;
import kaa.examples.HttpResponseParser.HttpParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link HttpResponseParser} fed whole responses, byte by byte and in random pieces; malformed input. */
class HttpResponseParserTest {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final InProgressStatus progress = new InProgressStatus(0, new ManualTicker(), Duration.ofSeconds(5));
    private final HttpResponseParser parser = new HttpResponseParser(body::write, progress);

    private static byte[] bytes(String text) {
        return text.getBytes(ISO_8859_1);
    }

    /** Feeds {@code input} in pieces of the given sizes (cycled); returns the bytes the parser consumed. */
    private int feedInPieces(byte[] input, int... sizes) throws HttpParseException {
        int position = 0;
        int consumed = 0;
        for (int i = 0; position < input.length; i++) {
            int length = Math.min(sizes[i % sizes.length], input.length - position);
            consumed += parser.feed(input, position, length);
            position += length;
        }
        return consumed;
    }

    private String bodyText() {
        return body.toString(ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 1000})
    void aContentLengthResponseInPiecesOfAnySize(int pieceSize) throws Exception {
        byte[] response = bytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
                + "X-Multi: a\r\nx-multi: b\r\n\r\nhello world");
        assertEquals(response.length, feedInPieces(response, pieceSize));
        assertTrue(parser.isComplete());
        assertEquals(200, parser.status());
        assertEquals("OK", parser.reason());
        assertEquals("HTTP/1.1", parser.version());
        assertEquals(List.of("text/plain"), parser.header("content-type"));
        assertEquals(List.of("a", "b"), parser.header("X-MULTI"), "names in any case, values in order");
        assertEquals(11, parser.contentLength());
        assertEquals("hello world", bodyText());
        assertEquals(11, progress.maximum());
        assertEquals(11, progress.position());
        assertEquals(100, progress.percentage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 64})
    void aChunkedResponseWithExtensionsAndTrailers(int pieceSize) throws Exception {
        byte[] response = bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n" + "1;name=value\r\n \r\n" + "A\r\n0123456789\r\n" + "0\r\n"
                + "Checksum: abc\r\nExpires: never\r\n\r\n");
        assertEquals(response.length, feedInPieces(response, pieceSize));
        assertTrue(parser.isComplete());
        assertTrue(parser.isChunked());
        assertEquals(-1, parser.contentLength());
        assertEquals("hello 0123456789", bodyText());
        assertEquals(Map.of("checksum", List.of("abc"), "expires", List.of("never")), parser.trailers());
        assertEquals(16, progress.position());
        assertEquals(16, progress.maximum(), "the maximum is set when the chunked body is complete");
    }

    @Test
    void aLargeRandomBodyInRandomPiecesArrivesIntact() throws Exception {
        Random random = new Random(12);
        byte[] payload = new byte[300_000];
        random.nextBytes(payload);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.writeBytes(bytes("HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n"));
        for (int at = 0; at < payload.length; ) {
            int size = Math.min(1 + random.nextInt(20_000), payload.length - at);
            response.writeBytes(bytes(Integer.toHexString(size) + "\r\n"));
            response.write(payload, at, size);
            response.writeBytes(bytes("\r\n"));
            at += size;
        }
        response.writeBytes(bytes("0\r\n\r\n"));
        byte[] input = response.toByteArray();
        int position = 0;
        while (position < input.length) {
            int length = Math.min(1 + random.nextInt(9000), input.length - position);
            position += parser.feed(input, position, length);
        }
        assertTrue(parser.isComplete());
        assertArrayEquals(payload, body.toByteArray());
    }

    @Test
    void feedStopsAtTheEndOfTheResponseAndReturnsWhatItConsumed() throws Exception {
        byte[] input = bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 200 OK\r\n");
        int consumed = parser.feed(input, 0, input.length);
        assertEquals(input.length - "HTTP/1.1 200 OK\r\n".length(), consumed);
        assertEquals("hi", bodyText());
    }

    @Test
    void aBodyWithoutLengthLastsUntilTheConnectionCloses() throws Exception {
        feedInPieces(bytes("HTTP/1.0 200 OK\r\n\r\nall of "), 4);
        feedInPieces(bytes("this"), 4);
        assertFalse(parser.isComplete());
        parser.endOfInput();
        assertTrue(parser.isComplete());
        assertEquals("all of this", bodyText());
        assertEquals(11, progress.maximum());
    }

    @Test
    void interimResponsesAreSkippedAndNoBodyStatusesHaveNone() throws Exception {
        feedInPieces(bytes("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                + "HTTP/1.1 304 Not Modified\r\nContent-Length: 999\r\n\r\n"), 3);
        assertTrue(parser.isComplete());
        assertTrue(parser.hasHead());
        assertEquals(304, parser.status());
        assertEquals(List.of(), parser.header("Link"), "the interim response's fields are not kept");
        assertEquals("", bodyText());
    }

    @Test
    void bareLineFeedsAreAcceptedAndAnEmptyReasonToo() throws Exception {
        feedInPieces(bytes("HTTP/1.1 404\nContent-Length: 0\n\n"), 5);
        assertTrue(parser.isComplete());
        assertEquals(404, parser.status());
        assertEquals("", parser.reason());
    }

    @Test
    void transferEncodingOverridesContentLength() throws Exception {
        feedInPieces(bytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\nok\r\n0\r\n\r\n"), 6);
        assertTrue(parser.isComplete());
        assertEquals("ok", bodyText());
    }

    @Test
    void aTruncatedResponseFailsAtTheEndOfInput() throws Exception {
        byte[] input = bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        assertEquals(input.length, parser.feed(input, 0, input.length));
        HttpParseException failure = assertThrows(HttpParseException.class, parser::endOfInput);
        assertTrue(failure.getMessage().contains("after 3 of 10 body bytes"), failure.getMessage());
    }

    @Test
    void aParserThatFailedRefusesMoreInput() {
        assertThrows(HttpParseException.class, () -> parser.feed(bytes("SMTP ready\r\n"), 0, 12));
        assertThrows(IllegalStateException.class, () -> parser.feed(bytes("HTTP/1.1 200 OK\r\n"), 0, 17));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ICY 200 OK\r\n\r\n|not an HTTP/1.x status line",
        "HTTP/2.0 200 OK\r\n\r\n|not an HTTP/1.x status line",
        "HTTP/1.7 200 OK\r\n\r\n|unsupported HTTP version",
        "HTTP/1.1 2x0 OK\r\n\r\n|three digits",
        "HTTP/1.1 2000 OK\r\n\r\n|three digits",
        "HTTP/1.1 099 Low\r\n\r\n|out of range",
        "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n|without a name and a colon",
        "HTTP/1.1 200 OK\r\n: empty name\r\n\r\n|without a name and a colon",
        "HTTP/1.1 200 OK\r\nbad name: x\r\n\r\n|invalid character",
        "HTTP/1.1 200 OK\r\nA: b\r\n folded\r\n\r\n|obsolete line folding",
        "HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n|not a decimal number",
        "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n|not a decimal number",
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n|conflicting Content-Length",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n|unsupported Transfer-Encoding",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n|not a hexadecimal number",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\n|not a hexadecimal number",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n|longer than its announced size",
        "HTTP/1.1 200 OK\r\nA: b\rc\r\n\r\n|stray CR",
    })
    void malformedResponsesFailWithAMessageThatSaysWhat(String caseText) {
        String[] parts = caseText.split("\\|");
        byte[] input = bytes(parts[0]);
        HttpParseException failure = assertThrows(HttpParseException.class, () -> feedInPieces(input, 3));
        assertTrue(failure.getMessage().startsWith("malformed HTTP response at byte "), failure.getMessage());
        assertTrue(failure.getMessage().contains(parts[1]), failure.getMessage());
    }

    @Test
    void limitsStopAHostileHead() {
        byte[] longLine = bytes("HTTP/1.1 200 OK\r\nX: " + "a".repeat(HttpResponseParser.MAX_LINE_LENGTH) + "\r\n");
        HttpParseException tooLong = assertThrows(HttpParseException.class, () -> feedInPieces(longLine, 100));
        assertTrue(tooLong.getMessage().contains("longer than 8192 bytes"), tooLong.getMessage());

        HttpResponseParser fresh = new HttpResponseParser((b, o, l) -> { }, null);
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i <= HttpResponseParser.MAX_FIELDS; i++) {
            head.append("X-").append(i).append(": v\r\n");
        }
        byte[] manyFields = bytes(head.toString());
        HttpParseException tooMany = assertThrows(HttpParseException.class,
                () -> fresh.feed(manyFields, 0, manyFields.length));
        assertTrue(tooMany.getMessage().contains("more than 100 header fields"), tooMany.getMessage());
    }
}
