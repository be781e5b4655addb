package kaa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PipeWriter} on a stream whose writes the test lets through one by one: hand-over, order, failure, close. */
@ExtendWith(NotifierReports.class)
class PipeWriterTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** Each write waits for a permit; what was written is kept; it can be told to fail. */
    private static final class GatedStream extends OutputStream {
        final Semaphore permits = new Semaphore(0);
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        volatile IOException failure;
        volatile boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            permits.acquireUninterruptibly();
            if (failure != null) {
                throw failure;
            }
            synchronized (written) {
                written.write(bytes, offset, length);
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        byte[] bytes() {
            synchronized (written) {
                return written.toByteArray();
            }
        }
    }

    private Notifier previous;
    private Notifier notifier;
    private final GatedStream stream = new GatedStream();
    private final AtomicInteger wakeUps = new AtomicInteger();

    @BeforeEach
    void freshNotifier() {
        previous = Main.notifier();
        notifier = new Notifier();
        Main.setNotifier(notifier);
    }

    @AfterEach
    void restore() {
        stream.permits.release(1000); // lets a writer thread still waiting in the stream go
        Main.setNotifier(previous);
        notifier.close();
    }

    private PipeWriter writer(int queueLimit) {
        return new PipeWriter(stream, Runnable::run, "the test pipe", queueLimit, wakeUps::incrementAndGet);
    }

    private static byte[] filled(int length, char c) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    @Test
    void writesWithinTheLimitAreHandedOverAtOnceAndLaterOnesWhenTheyFit() {
        PipeWriter writer = writer(PipeWriter.CHUNK_SIZE * 2);
        InProgress<Void> first = writer.write(filled(PipeWriter.CHUNK_SIZE, 'a'));
        InProgress<Void> second = writer.write(filled(PipeWriter.CHUNK_SIZE, 'b'));
        InProgress<Void> third = writer.write(filled(PipeWriter.CHUNK_SIZE, 'c'));
        assertTrue(first.isFinished() && second.isFinished(), "two chunks fit in the queue");
        assertFalse(third.isFinished(), "the third does not fit until a chunk has gone out");
        assertEquals(3L * PipeWriter.CHUNK_SIZE, writer.queuedBytes());

        stream.permits.release(); // the first chunk goes out: now the third fits
        third.await(LIMIT);
        stream.permits.release(2);
        InProgress<Void> closed = writer.close();
        closed.await(LIMIT);
        assertTrue(stream.closed);
        byte[] all = stream.bytes();
        assertEquals(3 * PipeWriter.CHUNK_SIZE, all.length);
        assertEquals('a', all[0]);
        assertEquals('b', all[PipeWriter.CHUNK_SIZE]);
        assertEquals('c', all[all.length - 1]);
        assertEquals(0, writer.queuedBytes());
        assertTrue(wakeUps.get() >= 3, "told after each piece written");
    }

    @Test
    void aLargeWriteGoesOutInPiecesInOrder() {
        PipeWriter writer = writer(1);
        byte[] large = new byte[PipeWriter.CHUNK_SIZE * 3 + 5];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) i;
        }
        InProgress<Void> write = writer.write(large);
        assertFalse(write.isFinished(), "more than the limit: it waits");
        stream.permits.release(4);
        write.await(LIMIT);
        writer.close().await(LIMIT);
        assertArrayEquals(large, stream.bytes());
    }

    @Test
    void aFailedWriteFailsTheWritesNotHandedOverAndTheCloseAndEveryLaterWrite() {
        PipeWriter writer = writer(PipeWriter.CHUNK_SIZE);
        InProgress<Void> handedOver = writer.write(filled(PipeWriter.CHUNK_SIZE, 'a'));
        InProgress<Void> waiting = writer.write(filled(10, 'b'));
        InProgress<Void> closed = writer.close();
        assertTrue(handedOver.isFinished());
        stream.failure = new IOException("Broken pipe");
        stream.permits.release();

        IOException failure = assertInstanceOf(IOException.class, failureOf(waiting));
        assertEquals("cannot write to the test pipe: Broken pipe", failure.getMessage());
        assertSame(failure, failureOf(closed));
        assertFalse(handedOver.isFailed(), "a write handed over stays finished; the close reports the loss");
        assertSame(failure, failureOf(writer.write(filled(1, 'c'))));
        assertTrue(stream.closed, "the stream is closed after a failure");
    }

    @Test
    void writingAfterCloseFailsAndClosingTwiceIsTheSameClose() {
        PipeWriter writer = writer(100);
        InProgress<Void> closed = writer.close();
        assertSame(closed, writer.close());
        InProgress<Void> late = writer.write(filled(3, 'x'));
        assertTrue(failureOf(late).getMessage().contains("it is closed"), failureOf(late).getMessage());
        closed.await(LIMIT);
        assertTrue(writer.isClosing());
        assertTrue(failureOf(writer.write(new byte[0])).getMessage().contains("it is closed"), "even an empty write");
    }

    @Test
    void anEmptyWriteFinishesAtOnce() {
        PipeWriter writer = writer(100);
        assertTrue(writer.write(new byte[0]).isFinished());
        assertEquals(0, writer.queuedBytes());
    }

    private static Throwable failureOf(InProgress<?> ip) {
        List<Throwable> failure = new ArrayList<>();
        try {
            ip.await(LIMIT);
        } catch (RuntimeException e) {
            failure.add(e.getCause() != null ? e.getCause() : e);
        }
        assertEquals(1, failure.size(), () -> "did not fail: " + ip);
        return ip.exception();
    }
}
