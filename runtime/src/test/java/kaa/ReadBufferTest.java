package kaa;

import static java.nio.charset.StandardCharsets.US_ASCII;
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
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ReadBuffer}, the receiving side of {@link Socket} and of {@link Subprocess}'s outputs: the three reads, their
 * order, the end, failures, flow control and its accounting, nothing lost.
 */
@ExtendWith(NotifierReports.class)
class ReadBufferTest {
    private static final byte[] NEWLINE = {'\n'};

    private int consumed;
    private int abortsSeen;
    /** A buffer size of 16, and lines of at most 16 bytes for {@link #readLine()}; everything runs on this thread. */
    private final ReadBuffer buffer = new ReadBuffer(16, Runnable::run, count -> consumed += count, () -> abortsSeen++);

    private <T> InProgress<T> queued(ReadBuffer.Read<T> read) {
        buffer.add(read);
        return read;
    }

    private InProgress<byte[]> read() {
        return queued(buffer.newRead());
    }

    private InProgress<byte[]> readLine() {
        return queued(buffer.newLineRead(NEWLINE, 16));
    }

    private InProgress<byte[]> readLine(byte[] delimiter, int maxLength) {
        return queued(buffer.newLineRead(delimiter, maxLength));
    }

    private InProgress<byte[]> readExactly(int count) {
        return queued(buffer.newExactRead(count));
    }

    /** Receives {@code text} the way a socket does: as far as there is {@link ReadBuffer#room()}. */
    private int receive(String text) {
        byte[] bytes = bytes(text);
        int n = Math.min(buffer.room(), bytes.length);
        buffer.receive(ByteBuffer.wrap(bytes, 0, n));
        return n;
    }

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
        assertEquals("abcd", text(read()));

        InProgress<byte[]> waiting = read();
        assertFalse(waiting.isFinished());
        buffer.append(bytes("e"));
        assertEquals("e", text(waiting));
        assertEquals(5, consumed);
        assertEquals(0, buffer.available());
    }

    @Test
    void linesKeepTheirDelimiterAndTheLastUnterminatedOneComesAtTheEnd() {
        buffer.append(bytes("one\ntw"));
        InProgress<byte[]> first = readLine();
        InProgress<byte[]> second = readLine();
        InProgress<byte[]> third = readLine();
        InProgress<byte[]> fourth = readLine();
        assertEquals("one\n", text(first));
        assertFalse(second.isFinished());
        buffer.append(bytes("o\nthree"));
        assertEquals("two\n", text(second));
        assertFalse(third.isFinished(), "no delimiter yet, and not the end");
        buffer.end(null);
        assertEquals("three", text(third));
        assertEquals("", text(fourth));
        assertEquals("", text(readLine()), "reads after the end get the end again");
    }

    @Test
    void aMultiByteDelimiterIsFoundAcrossAppendsAndAfterAPartialMatch() {
        InProgress<byte[]> line = readLine(bytes("\r\n"), 16);
        buffer.append(bytes("a\rb\r"));
        assertFalse(line.isFinished());
        buffer.append(bytes("\nrest"));
        assertEquals("a\rb\r\n", text(line));
        assertThrows(IllegalArgumentException.class, () -> buffer.newLineRead(new byte[0], 16));
    }

    @Test
    void aTooLongLineFailsClearlyAndItsBytesStayForTheNextRead() {
        InProgress<byte[]> line = readLine();
        buffer.append(bytes("0123456789abcdefXYZ"));
        assertTrue(line.isFailed());
        LineTooLongException tooLong = assertInstanceOf(LineTooLongException.class, line.exception());
        assertEquals(16, tooLong.maxLength());
        assertTrue(tooLong.getMessage().contains("16 bytes"), tooLong.getMessage());
        assertEquals("0123456789abcdefXYZ", text(read()), "nothing was lost");
    }

    @Test
    void aLineOfExactlyTheMaximumLengthIsAccepted() {
        buffer.append(bytes("0123456789abcde\n"));
        assertEquals("0123456789abcde\n", text(readLine()));
    }

    @Test
    void readExactlyWaitsForAllItsBytesAndFailsWithoutLosingThemIfTheStreamEnds() {
        InProgress<byte[]> four = readExactly(4);
        buffer.append(bytes("ab"));
        assertFalse(four.isFinished());
        buffer.append(bytes("cdef"));
        assertEquals("abcd", text(four));

        InProgress<byte[]> five = readExactly(5);
        buffer.end(null);
        assertInstanceOf(EOFException.class, five.exception());
        assertEquals("ef", text(read()), "the bytes of the failed read stay buffered");
        assertEquals("", text(read()));
        assertEquals(0, readExactly(0).result().length);
        assertThrows(IllegalArgumentException.class, () -> buffer.newExactRead(-1));
    }

    @Test
    void readsAreServedInTheOrderTheyWereAskedFor() {
        List<String> order = new ArrayList<>();
        readExactly(2).connect(b -> order.add("exactly " + new String(b, US_ASCII)));
        readLine().connect(b -> order.add("line " + new String(b, US_ASCII)));
        read().connect(b -> order.add("read " + new String(b, US_ASCII)));
        buffer.append(bytes("xyz\nrest"));
        assertEquals(List.of("exactly xy", "line z\n", "read rest"), order);
    }

    @Test
    void aCallbackThatReadsAgainIsServedAfterTheReadsQueuedBeforeIt() {
        List<String> order = new ArrayList<>();
        readLine().connect(b -> {
            order.add("first " + new String(b, US_ASCII).strip());
            readLine().connect(c -> order.add("third " + new String(c, US_ASCII).strip()));
        });
        readLine().connect(b -> order.add("second " + new String(b, US_ASCII).strip()));
        buffer.append(bytes("a\nb\nc\n"));
        assertEquals(List.of("first a", "second b", "third c"), order);
    }

    @Test
    void anAbortedReadTakesNothing() {
        InProgress<byte[]> aborted = read();
        InProgress<byte[]> next = read();
        assertTrue(aborted.abort());
        assertEquals(1, abortsSeen, "the owner is told, so that it can read less");
        buffer.append(bytes("data"));
        assertEquals("data", text(next));
    }

    @Test
    void aReadAbortedOnAnotherThreadTakesNothingBeforeItsRemovalReachesTheLoop() {
        List<Runnable> posted = new ArrayList<>();
        ReadBuffer deferring = new ReadBuffer(16, posted::add, count -> { }, () -> abortsSeen++);
        ReadBuffer.Read<byte[]> aborted = deferring.newRead();
        ReadBuffer.Read<byte[]> next = deferring.newRead();
        deferring.add(aborted);
        deferring.add(next);
        assertTrue(aborted.abort());
        assertEquals(1, deferring.demand(), "the aborted read no longer counts");
        deferring.append(bytes("data"));
        assertEquals("data", text(next));
        posted.forEach(Runnable::run);
        assertEquals(1, abortsSeen);
        assertFalse(aborted.abort(), "aborting twice");
    }

    @Test
    void receivedBytesGoStraightToTheWaitingReadAndOnlyTheRestIsBuffered() {
        InProgress<byte[]> chunk = read();
        InProgress<byte[]> three = readExactly(3);
        assertEquals(5, receive("hello"));
        assertEquals("hello", text(chunk));
        assertEquals(0, buffer.capacity(), "taken without being buffered, though a read still waits");

        receive("abcdef");
        assertEquals("abc", text(three));
        assertEquals(3, buffer.available(), "the rest waits for the next read");
        assertEquals(8, consumed);
        assertEquals("def", text(read()));
        assertEquals(0, buffer.capacity());
        assertEquals(11, consumed);
    }

    @Test
    void receiveEmptiesItsBufferBeforeTheReadsCallbacksRun() {
        ByteBuffer scratch = ByteBuffer.allocateDirect(16);
        List<Integer> leftWhenCalledBack = new ArrayList<>();
        readExactly(2).connect(value -> leftWhenCalledBack.add(scratch.remaining()));
        scratch.put(bytes("abcde")).flip();

        buffer.receive(scratch);

        assertEquals(List.of(0), leftWhenCalledBack, "the callback may reuse the buffer: it was read to its end");
        assertEquals("cde", text(read()));
    }

    @Test
    void receivedBytesThatAReadAbortedOnAnotherThreadCannotTakeGoToTheNextRead() {
        List<Runnable> posted = new ArrayList<>();
        int[] counted = {0};
        ReadBuffer deferring = new ReadBuffer(16, posted::add, count -> counted[0] += count, () -> abortsSeen++);
        ReadBuffer.Read<byte[]> aborted = deferring.newExactRead(2);
        ReadBuffer.Read<byte[]> next = deferring.newRead();
        deferring.add(aborted);
        deferring.add(next);
        assertTrue(aborted.abort()); // its removal is posted to the loop, which has not run it yet

        deferring.receive(ByteBuffer.wrap(bytes("data")));

        assertEquals("data", text(next));
        assertEquals(4, counted[0], "counted once, by the read that took them");
        assertInstanceOf(InProgressAbortedException.class, aborted.exception());
        posted.forEach(Runnable::run);
        assertEquals(0, deferring.available());
    }

    @Test
    void aReadIntoABufferTakesWhatFitsAndFinishesWithTheCountThenMinusOneAtTheEnd() {
        buffer.append(bytes("hello world"));
        ByteBuffer five = ByteBuffer.allocate(5);
        InProgress<Integer> first = queued(buffer.newReadInto(five));
        assertEquals(5, first.result());
        assertEquals("hello", new String(five.array(), US_ASCII));
        assertEquals(5, five.position(), "the position moved past the bytes");
        assertEquals(0, queued(buffer.newReadInto(five)).result(), "no room: nothing read");

        ByteBuffer more = ByteBuffer.allocateDirect(100);
        assertEquals(6, queued(buffer.newReadInto(more)).result());
        assertEquals(11, consumed);

        more.clear();
        InProgress<Integer> waiting = queued(buffer.newReadInto(more));
        InProgress<byte[]> behind = read();
        assertEquals(1, buffer.demand());
        receive("abc");
        assertEquals(3, waiting.result(), "straight into the buffer");
        assertEquals(0, buffer.capacity(), "nothing was buffered");
        assertEquals('c', more.get(2));
        assertFalse(behind.isFinished(), "the next read waits for the next bytes");
        buffer.end(null);
        assertEquals(0, behind.result().length);
        assertEquals(-1, queued(buffer.newReadInto(more)).result(), "the end of the stream");
    }

    @Test
    void aReadIntoABufferAbortedOnAnotherThreadTakesNothingAndLeavesItsPosition() {
        List<Runnable> posted = new ArrayList<>();
        ReadBuffer deferring = new ReadBuffer(16, posted::add, count -> { }, () -> abortsSeen++);
        ByteBuffer target = ByteBuffer.allocate(8);
        ReadBuffer.Read<Integer> aborted = deferring.newReadInto(target);
        ReadBuffer.Read<byte[]> next = deferring.newRead();
        deferring.add(aborted);
        deferring.add(next);
        assertTrue(aborted.abort());
        assertNull(deferring.directTarget(), "an aborted read gets nothing written into its buffer");

        deferring.receive(ByteBuffer.wrap(bytes("data")));

        assertEquals(0, target.position());
        assertEquals("data", text(next));
    }

    @Test
    void theSocketReceivesStraightIntoTheBufferOfAWaitingReadIntoWhenNothingIsBuffered() {
        ByteBuffer target = ByteBuffer.allocate(8);
        InProgress<Integer> into = queued(buffer.newReadInto(target));
        assertSame(target, buffer.directTarget());
        target.put(bytes("xyz")); // as the channel would

        buffer.receivedInto(3);

        assertEquals(3, into.result());
        assertEquals(3, consumed);
        assertNull(buffer.directTarget(), "no read waits");
        InProgress<byte[]> exactly = readExactly(4);
        InProgress<Integer> behind = queued(buffer.newReadInto(ByteBuffer.allocate(8)));
        assertNull(buffer.directTarget(), "the first read is not into a buffer");
        receive("abcdef");
        assertEquals("abcd", text(exactly));
        assertEquals(2, behind.result(), "then the read behind it");
    }

    @Test
    void aFailureFailsWaitingReadsOnceTheBufferedBytesAreGone() {
        buffer.append(bytes("left"));
        IOException broken = new IOException("broken");
        InProgress<byte[]> gets = read();
        buffer.end(broken);
        assertEquals("left", text(gets));
        assertSame(broken, read().exception());
        assertSame(broken, readLine().exception());
        assertTrue(buffer.isEnded());
    }

    @Test
    void pollLineTakesCompleteLinesPiecesOfLongOnesAndTheRestAtTheEnd() {
        buffer.append(bytes("a\n0123456789abcdefgh\nlast"));
        assertEquals("a\n", new String(buffer.pollLine(NEWLINE, 16), US_ASCII));
        assertEquals("0123456789abcdef", new String(buffer.pollLine(NEWLINE, 16), US_ASCII), "a piece of the maximum length");
        assertEquals("gh\n", new String(buffer.pollLine(NEWLINE, 16), US_ASCII));
        assertNull(buffer.pollLine(NEWLINE, 16), "an unterminated line waits for the end");
        buffer.end(null);
        assertEquals("last", new String(buffer.pollLine(NEWLINE, 16), US_ASCII));
        assertNull(buffer.pollLine(NEWLINE, 16));
    }

    @Test
    void pollLineLeavesTheBytesToWaitingReads() {
        InProgress<byte[]> waiting = readExactly(3);
        buffer.append(bytes("a\n"));
        assertNull(buffer.pollLine(NEWLINE, 16));
        buffer.append(bytes("b\n"));
        assertEquals("a\nb", text(waiting));
    }

    @Test
    void discardDropsBufferedAndArrivingBytesAndCountsThemConsumed() {
        buffer.append(bytes("12345"));
        InProgress<byte[]> line = readLine();
        IOException closed = new IOException("closed");
        buffer.discard(closed);
        assertSame(closed, line.exception());
        assertEquals(5, consumed);
        buffer.append(bytes("678"));
        assertEquals(8, consumed, "bytes in flight when the reader closed are dropped and counted");
        assertEquals(0, buffer.available());
        assertSame(closed, read().exception());
    }

    @Test
    void appendingAfterTheEndIsAnError() {
        buffer.end(null);
        assertThrows(IllegalStateException.class, () -> buffer.append(bytes("late")));
    }

    @Test
    void readLineWithItsOwnDelimiterAndMaximum() {
        buffer.append(bytes("a--b--c\nd"));
        assertEquals("a--", text(readLine(bytes("--"), 100)));
        assertEquals("b--c\n", text(readLine()), "another delimiter for the next read");
        InProgress<byte[]> tooLong = readLine(bytes("--"), 2);
        assertFalse(tooLong.isFinished(), "1 byte buffered: it may still become a line");
        buffer.append(bytes("ef"));
        assertTrue(tooLong.isFailed(), "2 bytes without the delimiter: too long for a maximum of 2");
        assertEquals("def", text(read()), "and nothing was consumed");
        assertThrows(IllegalArgumentException.class, () -> buffer.newLineRead(bytes("---"), 2));
        assertThrows(IllegalArgumentException.class, () -> buffer.newLineRead(new byte[0], 2));
    }

    @Test
    void demandIsWhatTheFirstWaitingReadNeeds() {
        assertEquals(0, buffer.demand());
        InProgress<byte[]> exactly = readExactly(1000);
        readLine();
        assertEquals(1000, buffer.demand());
        buffer.append(new byte[1000]);
        assertTrue(exactly.isFinished());
        assertEquals(16, buffer.demand(), "then the line's maximum length");
        buffer.append(bytes("\n"));
        assertEquals(0, buffer.demand());
        read();
        assertEquals(1, buffer.demand());
    }

    @Test
    void manySmallAppendsOfALongLineAreFoundOnce() {
        ReadBuffer big = new ReadBuffer(16, Runnable::run, count -> { }, () -> { });
        ReadBuffer.Read<byte[]> line = big.newLineRead(NEWLINE, 1 << 20);
        big.add(line);
        for (int i = 0; i < 100_000; i++) {
            big.append(bytes("x"));
        }
        big.append(bytes("\n"));
        assertEquals(100_001, line.result().length);
    }

    @Test
    void receivingIntoSpaceStaysWithinTheBufferSizeUnlessTheFirstReadNeedsMore() {
        assertFalse(buffer.wantsData(), "no read waits");
        InProgress<byte[]> chunk = read();
        assertTrue(buffer.wantsData());
        assertEquals(16, receive("0123456789abcdefXYZ"), "one receive takes at most the buffer size");
        assertEquals("0123456789abcdef", text(chunk));

        InProgress<byte[]> exactly = readExactly(40);
        int received = 0;
        while (buffer.wantsData()) {
            assertTrue(buffer.room() <= 16);
            received += receive("0123456789abcdef");
        }
        assertEquals(40, received, "it received what the read needs, and no more");
        assertEquals(40, exactly.result().length);
        assertEquals(56, consumed);
        assertEquals(0, buffer.capacity(), "an idle buffer holds no array");

        receive("abc");
        assertFalse(buffer.wantsData(), "no read waits: the 3 bytes wait for one");
        assertEquals("abc", text(read()));
    }

    @Test
    void theEndAfterReceivedBytesAndAnError() {
        InProgress<byte[]> line = readLine();
        receive("no end");
        IOException reset = new IOException("reset");
        buffer.end(reset);
        assertEquals("no end", text(line), "the bytes received before the error come first");
        assertSame(reset, read().exception());
        assertFalse(buffer.wantsData(), "nothing more comes");
        buffer.end(null);
        assertSame(reset, readExactly(1).exception(), "the first end stays");
    }

    @Test
    void takeAllEmptiesTheBufferForANewLayer() {
        buffer.append(bytes("hello"));
        assertEquals("hello", new String(buffer.takeAll(), US_ASCII));
        assertEquals(0, buffer.available());
        assertEquals(5, consumed);
    }

    @Test
    void failWaitingFailsTheWaitingReadsAndTheBufferGoesOn() {
        InProgress<byte[]> waiting = read();
        IOException refused = new IOException("refused");
        buffer.failWaiting(refused);
        assertSame(refused, waiting.exception());
        buffer.append(bytes("later"));
        assertEquals("later", text(read()));
    }
}
