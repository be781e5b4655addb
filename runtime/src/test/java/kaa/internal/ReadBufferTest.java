package kaa.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kaa.InProgress;
import kaa.NotifierReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ReadBuffer}: the three reads, their order, the end, failures, flow-control accounting, nothing lost. */
@ExtendWith(NotifierReports.class)
class ReadBufferTest {
    private int consumed;
    private final ReadBuffer buffer = new ReadBuffer(16, count -> consumed += count);

    private static byte[] bytes(String text) {
        return text.getBytes(US_ASCII);
    }

    private static String text(InProgress<byte[]> read) {
        assertTrue(read.isFinished(), () -> "not finished: " + read);
        return new String(read.result(), US_ASCII);
    }

    @Test
    void aReadGetsEverythingBufferedAndAWaitingReadGetsTheNextBytes() {
        buffer.append(bytes("ab"));
        buffer.append(bytes("cd"));
        assertEquals("abcd", text(buffer.read()));

        InProgress<byte[]> waiting = buffer.read();
        assertFalse(waiting.isFinished());
        buffer.append(bytes("e"));
        assertEquals("e", text(waiting));
        assertEquals(5, consumed);
        assertEquals(0, buffer.size());
    }

    @Test
    void linesKeepTheirDelimiterAndTheLastUnterminatedOneComesAtTheEnd() {
        buffer.append(bytes("one\ntw"));
        InProgress<byte[]> first = buffer.readLine();
        InProgress<byte[]> second = buffer.readLine();
        InProgress<byte[]> third = buffer.readLine();
        InProgress<byte[]> fourth = buffer.readLine();
        assertEquals("one\n", text(first));
        assertFalse(second.isFinished());
        buffer.append(bytes("o\nthree"));
        assertEquals("two\n", text(second));
        assertFalse(third.isFinished(), "no delimiter yet, and not the end");
        buffer.end();
        assertEquals("three", text(third));
        assertEquals("", text(fourth));
        assertEquals("", text(buffer.readLine()), "reads after the end get the end again");
    }

    @Test
    void aMultiByteDelimiterIsFoundAcrossAppendsAndAfterAPartialMatch() {
        buffer.setDelimiter(bytes("\r\n"));
        InProgress<byte[]> line = buffer.readLine();
        buffer.append(bytes("a\rb\r"));
        assertFalse(line.isFinished());
        buffer.append(bytes("\nrest"));
        assertEquals("a\rb\r\n", text(line));
        assertArrayEquals(bytes("\r\n"), buffer.delimiter());
        assertThrows(IllegalArgumentException.class, () -> buffer.setDelimiter(new byte[0]));
    }

    @Test
    void aTooLongLineFailsClearlyAndItsBytesStayForTheNextRead() {
        InProgress<byte[]> line = buffer.readLine();
        buffer.append(bytes("0123456789abcdefXYZ"));
        assertTrue(line.isFailed());
        assertInstanceOf(IOException.class, line.exception());
        assertTrue(line.exception().getMessage().contains("line too long"), line.exception().getMessage());
        assertTrue(line.exception().getMessage().contains("16 bytes"), line.exception().getMessage());
        assertEquals("0123456789abcdefXYZ", text(buffer.read()), "nothing was lost");
    }

    @Test
    void aLineOfExactlyTheMaximumLengthIsAccepted() {
        buffer.append(bytes("0123456789abcde\n"));
        assertEquals("0123456789abcde\n", text(buffer.readLine()));
    }

    @Test
    void readExactlyWaitsForAllItsBytesAndFailsWithoutLosingThemIfTheStreamEnds() {
        InProgress<byte[]> four = buffer.readExactly(4);
        buffer.append(bytes("ab"));
        assertFalse(four.isFinished());
        buffer.append(bytes("cdef"));
        assertEquals("abcd", text(four));

        InProgress<byte[]> five = buffer.readExactly(5);
        buffer.end();
        assertInstanceOf(EOFException.class, five.exception());
        assertEquals("ef", text(buffer.read()), "the bytes of the failed read stay buffered");
        assertEquals("", text(buffer.read()));
        assertEquals(0, buffer.readExactly(0).result().length);
        assertThrows(IllegalArgumentException.class, () -> buffer.readExactly(-1));
    }

    @Test
    void readsAreServedInTheOrderTheyWereAskedFor() {
        List<String> order = new ArrayList<>();
        buffer.readExactly(2).connect(b -> order.add("exactly " + new String(b, US_ASCII)));
        buffer.readLine().connect(b -> order.add("line " + new String(b, US_ASCII)));
        buffer.read().connect(b -> order.add("read " + new String(b, US_ASCII)));
        buffer.append(bytes("xyz\nrest"));
        assertEquals(List.of("exactly xy", "line z\n", "read rest"), order);
    }

    @Test
    void aCallbackThatReadsAgainIsServedAfterTheReadsQueuedBeforeIt() {
        List<String> order = new ArrayList<>();
        buffer.readLine().connect(b -> {
            order.add("first " + new String(b, US_ASCII).strip());
            buffer.readLine().connect(c -> order.add("third " + new String(c, US_ASCII).strip()));
        });
        buffer.readLine().connect(b -> order.add("second " + new String(b, US_ASCII).strip()));
        buffer.append(bytes("a\nb\nc\n"));
        assertEquals(List.of("first a", "second b", "third c"), order);
    }

    @Test
    void anAbortedReadTakesNothing() {
        InProgress<byte[]> aborted = buffer.read();
        InProgress<byte[]> next = buffer.read();
        assertTrue(aborted.abort());
        buffer.append(bytes("data"));
        assertEquals("data", text(next));
    }

    @Test
    void aFailureFailsWaitingReadsOnceTheBufferedBytesAreGone() {
        buffer.append(bytes("left"));
        IOException broken = new IOException("broken");
        InProgress<byte[]> gets = buffer.read();
        buffer.fail(broken);
        assertEquals("left", text(gets));
        assertSame(broken, buffer.read().exception());
        assertSame(broken, buffer.readLine().exception());
        assertTrue(buffer.isEnded());
    }

    @Test
    void pollLineTakesCompleteLinesPiecesOfLongOnesAndTheRestAtTheEnd() {
        buffer.append(bytes("a\n0123456789abcdefgh\nlast"));
        assertEquals("a\n", new String(buffer.pollLine(), US_ASCII));
        assertEquals("0123456789abcdef", new String(buffer.pollLine(), US_ASCII), "a piece of the maximum length");
        assertEquals("gh\n", new String(buffer.pollLine(), US_ASCII));
        assertNull(buffer.pollLine(), "an unterminated line waits for the end");
        buffer.end();
        assertEquals("last", new String(buffer.pollLine(), US_ASCII));
        assertNull(buffer.pollLine());
    }

    @Test
    void pollLineLeavesTheBytesToWaitingReads() {
        InProgress<byte[]> waiting = buffer.readExactly(3);
        buffer.append(bytes("a\n"));
        assertNull(buffer.pollLine());
        buffer.append(bytes("b\n"));
        assertEquals("a\nb", text(waiting));
    }

    @Test
    void discardDropsBufferedAndArrivingBytesAndCountsThemConsumed() {
        buffer.append(bytes("12345"));
        InProgress<byte[]> line = buffer.readLine();
        IOException closed = new IOException("closed");
        buffer.discard(closed);
        assertSame(closed, line.exception());
        assertEquals(5, consumed);
        buffer.append(bytes("678"));
        assertEquals(8, consumed, "bytes in flight when the reader closed are dropped and counted");
        assertEquals(0, buffer.size());
        assertSame(closed, buffer.read().exception());
    }

    @Test
    void appendingAfterTheEndIsAnError() {
        buffer.end();
        assertThrows(IllegalStateException.class, () -> buffer.append(bytes("late")));
    }

    @Test
    void readLineWithItsOwnDelimiterAndMaximum() {
        buffer.append(bytes("a--b--c\nd"));
        assertEquals("a--", text(buffer.readLine(bytes("--"), 100)));
        assertEquals("b--c\n", text(buffer.readLine()), "the default delimiter again");
        InProgress<byte[]> tooLong = buffer.readLine(bytes("--"), 2);
        assertFalse(tooLong.isFinished(), "1 byte buffered: it may still become a line");
        buffer.append(bytes("ef"));
        assertTrue(tooLong.isFailed(), "2 bytes without the delimiter: too long for a maximum of 2");
        assertEquals("def", text(buffer.read()), "and nothing was consumed");
        assertThrows(IllegalArgumentException.class, () -> buffer.readLine(bytes("---"), 2));
        assertThrows(IllegalArgumentException.class, () -> buffer.readLine(new byte[0], 2));
    }

    @Test
    void demandIsWhatTheFirstWaitingReadNeeds() {
        assertEquals(0, buffer.demand());
        InProgress<byte[]> exactly = buffer.readExactly(1000);
        buffer.readLine();
        assertEquals(1000, buffer.demand());
        buffer.append(new byte[1000]);
        assertTrue(exactly.isFinished());
        assertEquals(16, buffer.demand(), "then the line's maximum length");
        buffer.append(bytes("\n"));
        assertEquals(0, buffer.demand());
        buffer.read();
        assertEquals(1, buffer.demand());
    }

    @Test
    void manySmallAppendsOfALongLineAreFoundOnce() {
        ReadBuffer big = new ReadBuffer(1 << 20, count -> { });
        InProgress<byte[]> line = big.readLine();
        for (int i = 0; i < 100_000; i++) {
            big.append(bytes("x"));
        }
        big.append(bytes("\n"));
        assertEquals(100_001, line.result().length);
    }
}
