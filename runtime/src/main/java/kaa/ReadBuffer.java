package kaa;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The receiving side of a stream -- a {@link Socket}, or the stdout or stderr of a {@link Subprocess}: the bytes
 * received and not yet read, and the reads waiting for them ({@code read()}, {@code readLine} with a delimiter and a
 * maximum length, {@code readExactly(n)}, a read into the caller's {@code ByteBuffer}), served in the order they were
 * made. Touched by the loop thread only; reads are made on any thread and {@linkplain #add queued} on the loop thread.
 *
 * <p>Bytes come in two ways: a socket hands what it received, up to {@link #room()}, to {@link #receive(ByteBuffer)}
 * (which fills the first waiting read's array or buffer straight from it when nothing is buffered), or receives
 * straight into the {@link #directTarget()} of a read into a buffer; a subprocess's pump hands chunks to
 * {@link #append}. Flow control is the owner's, on what the buffer says: {@link #wantsData()}
 * (a read waits and the buffer holds less than {@code bufferSize}, or less than what the first read needs: a line up
 * to its maximum length, {@code readExactly(n)}), {@link #demand()}, and the {@code consumed} callback told whenever
 * bytes leave the buffer.
 *
 * <p>Nothing received is lost: bytes leave the buffer only when the read they go to accepts them (a read aborted
 * meanwhile takes nothing), a {@code readExactly} that meets the end early fails with an {@link EOFException}, and a
 * line without a delimiter within its maximum length fails with a {@link LineTooLongException}; both leave the bytes
 * buffered for the next read. After the end of the stream the buffered bytes are read first, then reads finish with
 * the end (an empty array) or fail with the error that ended the stream. An empty buffer with no read waiting holds no
 * array.
 */
final class ReadBuffer {
    /** What the reads are of, for their descriptions ({@code Socket}, {@code Subprocess stdout}). */
    private final String source;
    /** Which one ({@code remote /127.0.0.1:8080}), asked when a read is described; null, or giving null: none. */
    private final Supplier<String> which;
    static final byte[] EMPTY = {};

    private static final int CHUNK = 0;
    private static final int EXACTLY = 1;
    private static final int LINE = 2;
    private static final int INTO = 3;

    private final Executor loop;
    private final IntConsumer consumed;
    private final Runnable afterAbort;
    private final ArrayDeque<Read<?>> reads = new ArrayDeque<>();
    private int bufferSize;
    /** The buffered bytes are {@code bytes[start..end)}. */
    private byte[] bytes = EMPTY;
    private int start;
    private int end;
    /** How many bytes from {@code start} are known to hold no complete {@link #scannedDelimiter}. */
    private int scannedWithoutDelimiter;
    private byte[] scannedDelimiter;
    /** A serve() is under way further up the stack: reads made by callbacks are served by that one, in order. */
    private boolean serving;
    /** No more bytes will come: the end of the stream, an error, or the reader discarded the stream. */
    private boolean ended;
    /** Why the stream ended, if not cleanly; reads fail with it once the buffered bytes are read. */
    private Throwable failure;
    /** The reader closed the stream: what is buffered and what still arrives is dropped. */
    private boolean discarded;

    /**
     * Creates an empty buffer.
     *
     * @param bufferSize how many bytes to buffer at most while the waiting reads need no more (see {@link #wantsData()})
     * @param loop runs an action on the loop thread (at once when called there): an aborted read leaves the queue there
     * @param consumed told, on the loop thread, how many bytes left the buffer each time some do
     * @param afterAbort run on the loop thread after each abort of a read (the owner may read less now)
     */
    ReadBuffer(int bufferSize, Executor loop, IntConsumer consumed, Runnable afterAbort) {
        this("ReadBuffer", null, bufferSize, loop, consumed, afterAbort);
    }

    /**
     * A buffer whose reads describe themselves as reads of {@code source} ({@code "Socket"}) in dumps, followed by
     * what {@code which} says when it says something ({@code Socket.readLine (remote /127.0.0.1:8080)}).
     */
    ReadBuffer(String source, Supplier<String> which, int bufferSize, Executor loop, IntConsumer consumed,
            Runnable afterAbort) {
        this.source = source;
        this.which = which;
        this.bufferSize = bufferSize;
        this.loop = loop;
        this.consumed = consumed;
        this.afterAbort = afterAbort;
    }

    // --------------------------------------------------------------------------------------------------- reads

    /**
     * A read of the next bytes received: all that is buffered, or the next bytes to arrive; an empty array at the end.
     *
     * @return the read, to be {@linkplain #add queued}
     */
    Read<byte[]> newRead() {
        return new Read<>(CHUNK, 0, null, null);
    }

    /**
     * A read of the next line: the bytes up to and including the next {@code delimiter}. At the end of the stream the
     * bytes after the last delimiter come as a last line without one, then an empty array. If {@code maxLength} bytes
     * are buffered without a delimiter, the read fails with a {@link LineTooLongException} and takes nothing.
     *
     * @param delimiter the bytes that end a line; copied
     * @param maxLength the longest line, delimiter included
     * @return the read, to be {@linkplain #add queued}
     * @throws IllegalArgumentException if the delimiter is empty or longer than {@code maxLength}
     */
    Read<byte[]> newLineRead(byte[] delimiter, int maxLength) {
        if (delimiter.length == 0 || delimiter.length > maxLength) {
            throw new IllegalArgumentException("the delimiter must have 1 to maxLength (" + maxLength + ") bytes, not "
                    + delimiter.length);
        }
        return new Read<>(LINE, maxLength, delimiter.clone(), null);
    }

    /**
     * A read of exactly {@code count} bytes. If the stream ends first, it fails with an {@link EOFException} and
     * takes nothing.
     *
     * @param count how many bytes; zero finishes at once with an empty array
     * @return the read, to be {@linkplain #add queued}
     * @throws IllegalArgumentException if {@code count} is negative
     */
    Read<byte[]> newExactRead(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative byte count: " + count);
        }
        return new Read<>(EXACTLY, count, null, null);
    }

    /**
     * A read of the next bytes into {@code into}, from its position up to its limit: as many as are buffered or arrive
     * next and fit. It finishes with their number (0 at once if {@code into} has no room, -1 at the end of the stream)
     * and advances the position by it; an aborted read leaves the position where it was.
     *
     * @param into where to put the bytes; the caller leaves it alone until the read finishes
     * @return the read, to be {@linkplain #add queued}
     */
    Read<Integer> newReadInto(ByteBuffer into) {
        return new Read<>(INTO, 0, null, into);
    }

    /** Queues {@code read} behind the waiting ones and serves what can be served. */
    void add(Read<?> read) {
        reads.addLast(read);
        serve();
    }

    /** Fails the waiting reads (those made while a connect that failed was under way); the buffer stays open. */
    void failWaiting(Throwable cause) {
        Read<?> read;
        while ((read = reads.pollFirst()) != null) {
            read.tryFail(cause);
        }
    }

    /**
     * Takes the next line out of the buffer without a read, for owners that emit lines as they come: a line ended by
     * {@code delimiter}, a piece of {@code maxLength} bytes of a longer line, or at the end the unterminated rest.
     *
     * @return the line with its delimiter (if it had one), or {@code null} if there is none yet, or reads wait (they
     *     come first)
     */
    byte[] pollLine(byte[] delimiter, int maxLength) {
        if (!reads.isEmpty() || available() == 0) {
            return null;
        }
        int length = lineLength(delimiter, maxLength);
        if (length < 0) {
            if (available() >= maxLength) {
                length = maxLength;
            } else if (ended) {
                length = available();
            } else {
                return null;
            }
        }
        byte[] line = Arrays.copyOfRange(bytes, start, start + length);
        taken(length);
        return line;
    }

    // ----------------------------------------------------------------------------------------------- receiving

    /**
     * How many bytes the buffer can take now: at most {@code bufferSize} at a time, and no more than the waiting reads
     * allow; 0 if there is no room. Hand what was received, up to that many, to {@link #receive(ByteBuffer)}.
     */
    int room() {
        int limit = Math.max(bufferSize, demand());
        return Math.max(0, Math.min(limit - available(), bufferSize));
    }

    /**
     * Takes the received bytes of {@code received} (its position to its limit, at most {@link #room()} of them) and
     * serves the reads they can serve. {@code received} is read to its end before any read's callbacks run, so the
     * caller may reuse it as soon as this returns (or from inside those callbacks).
     *
     * <p>When nothing is buffered and the first waiting read takes bytes as they come (a {@code read()}, a read into a
     * buffer, or a {@code readExactly(n)} with {@code n} of them here), its array or buffer is filled straight from
     * {@code received}: one copy per byte, no buffer kept. The rest goes into the buffer.
     */
    void receive(ByteBuffer received) {
        int n = received.remaining();
        if (n == 0) {
            return;
        }
        Read<?> head = serving || available() > 0 ? null : reads.peekFirst();
        int direct = head == null ? 0
                : head.kind == CHUNK ? n
                : head.kind == INTO ? (head.isFinished() ? 0 : Math.min(n, head.target.remaining()))
                : head.kind == EXACTLY && head.count > 0 && head.count <= n ? head.count : 0;
        Object value = null;
        if (direct > 0) {
            if (head.kind == INTO) {
                int limit = received.limit();
                received.limit(received.position() + direct);
                head.target.put(received);
                received.limit(limit);
                value = direct;
            } else {
                byte[] array = new byte[direct];
                received.get(array);
                value = array;
            }
        }
        if (received.hasRemaining()) {
            int rest = received.remaining();
            makeRoom(rest, Math.max(Math.max(bufferSize, demand()), available() + rest));
            received.get(bytes, end, rest);
            end += rest;
        }
        if (value != null) {
            reads.pollFirst();
            if (finish(head, value)) {
                consumed.accept(direct);
            } else {
                // Aborted by another thread: no callback ran, and the bytes stay first.
                unread(takeBack(head, value, direct));
            }
        }
        serve();
    }

    /**
     * The buffer of the first waiting read if the socket may receive straight into it: a read into a buffer that has
     * room, with nothing buffered before it. Report what was put there with {@link #receivedInto(int)}.
     *
     * @return the caller's buffer, or {@code null}
     */
    ByteBuffer directTarget() {
        Read<?> head = serving || available() > 0 || ended ? null : reads.peekFirst();
        boolean direct = head != null && head.kind == INTO && !head.isFinished() && head.target.hasRemaining();
        return direct ? head.target : null;
    }

    /** {@code n} bytes were received into the {@link #directTarget()}: finishes its read with them. */
    void receivedInto(int n) {
        Read<?> head = reads.pollFirst();
        if (finish(head, n)) {
            consumed.accept(n);
        } else {
            unread(takeBack(head, n, n));
        }
        serve();
    }

    /** The {@code length} bytes that {@code value} gave an aborted read, out of its array or buffer again. */
    private static byte[] takeBack(Read<?> read, Object value, int length) {
        if (read.kind != INTO) {
            return (byte[]) value;
        }
        ByteBuffer target = read.target;
        byte[] back = new byte[length];
        int position = target.position() - length;
        target.position(position);
        target.duplicate().get(back);
        return back;
    }

    @SuppressWarnings("unchecked") // the value is of the read's kind: a byte[], or an Integer for INTO
    private static boolean finish(Read<?> read, Object value) {
        return ((Read<Object>) read).tryFinish(value);
    }

    /** Puts {@code value} back before the buffered bytes. */
    private void unread(byte[] value) {
        byte[] target = new byte[value.length + available()];
        System.arraycopy(value, 0, target, 0, value.length);
        System.arraycopy(bytes, start, target, value.length, available());
        bytes = target;
        start = 0;
        end = target.length;
        scannedWithoutDelimiter = 0;
    }

    /**
     * Adds received bytes and serves the waiting reads. After {@link #discard} the bytes are dropped (and reported
     * consumed): they were on their way when the reader gave up.
     *
     * @param chunk holds the bytes; copied
     * @throws IllegalStateException after the end of the stream
     */
    void append(byte[] chunk) {
        if (discarded) {
            if (chunk.length > 0) {
                consumed.accept(chunk.length);
            }
            return;
        }
        if (ended) {
            throw new IllegalStateException("bytes received after the end of the stream");
        }
        if (chunk.length == 0) {
            return;
        }
        makeRoom(chunk.length, Integer.MAX_VALUE);
        System.arraycopy(chunk, 0, bytes, end, chunk.length);
        end += chunk.length;
        serve();
    }

    /** Takes every buffered byte out, for a TLS session that starts on bytes received before it. */
    byte[] takeAll() {
        byte[] all = Arrays.copyOfRange(bytes, start, end);
        taken(all.length);
        return all;
    }

    /**
     * No more bytes will come; the reads that the buffered bytes cannot serve finish (see each read). Does nothing the
     * second time.
     *
     * @param cause the error that ended the stream, or {@code null} for a clean end
     */
    void end(Throwable cause) {
        if (!ended) {
            ended = true;
            failure = cause;
        }
        serve();
    }

    /**
     * Drops the buffered bytes and those still arriving (they count as consumed), for a stream whose reader closed it;
     * waiting and later reads fail with {@code cause}.
     */
    void discard(Throwable cause) {
        if (discarded) {
            return;
        }
        discarded = true;
        ended = true;
        failure = cause;
        taken(available());
        serve();
    }

    // ------------------------------------------------------------------------------------------------- state

    void setBufferSize(int size) {
        bufferSize = size;
    }

    /** How many bytes are buffered. */
    int available() {
        return end - start;
    }

    /** The size of the array that holds the buffered bytes now. */
    int capacity() {
        return bytes.length;
    }

    /** Whether the end of the stream (or an error, or a discard) has come; buffered bytes may remain. */
    boolean isEnded() {
        return ended;
    }

    /**
     * How many bytes the buffer must hold for the first waiting read to be served (or to fail as too long): 1 for a
     * read of the next bytes, {@code n} for {@code readExactly(n)}, the maximum length for a line; 0 when no read waits.
     */
    int demand() {
        for (Read<?> read : reads) {
            if (!read.isFinished()) {
                return read.kind == CHUNK || read.kind == INTO ? 1 : read.count;
            }
        }
        return 0;
    }

    /** Whether someone waits for bytes that are not there yet, and there is room for them. */
    boolean wantsData() {
        int demand = demand();
        return !ended && demand > 0 && available() < Math.max(bufferSize, demand);
    }

    @Override
    public String toString() {
        return "ReadBuffer[" + available() + " bytes, " + reads.size() + " reads waiting"
                + (failure != null ? ", failed: " + failure : ended ? ", ended" : "") + "]";
    }

    // ---------------------------------------------------------------------------------------------- serving

    /** Finishes the reads that the buffered bytes (or the end of the stream) can finish, in order. */
    void serve() {
        if (serving) {
            return;
        }
        serving = true;
        try {
            Read<?> head;
            while ((head = reads.peekFirst()) != null) {
                if (head.isFinished()) {
                    reads.pollFirst(); // aborted from another thread; its removal is on its way to the loop
                } else if (!tryServe(head)) {
                    break;
                }
            }
        } finally {
            serving = false;
        }
        if (available() == 0 && (reads.isEmpty() || bytes.length > bufferSize)) {
            bytes = EMPTY; // an idle stream holds no buffer, and a long line's memory goes once it is read
            start = 0;
            end = 0;
        }
    }

    /** Serves {@code read}, the first waiting one, if it can be now; {@code false} if it must wait for more. */
    private boolean tryServe(Read<?> read) {
        int available = available();
        switch (read.kind) {
            case CHUNK:
                return available > 0 ? deliver(read, available) : atEnd(read, EMPTY, null);
            case INTO:
                if (!read.target.hasRemaining()) {
                    reads.pollFirst();
                    finish(read, 0);
                    return true;
                }
                return available > 0 ? deliver(read, Math.min(available, read.target.remaining()))
                        : atEnd(read, -1, null);
            case EXACTLY:
                if (available >= read.count) {
                    return deliver(read, read.count);
                }
                // The message only at the end: built on every look, it was a fifth of a round trip's allocation.
                return ended && atEnd(read, null, "the stream ended after " + available + " of the " + read.count
                        + " bytes read exactly; they stay buffered");
            default:
                int length = lineLength(read.delimiter, read.count);
                if (length >= 0) {
                    return deliver(read, length);
                }
                if (available >= read.count) {
                    reads.pollFirst();
                    read.tryFail(new LineTooLongException(read.count));
                    return true;
                }
                if (available > 0 && ended) {
                    return deliver(read, available); // the last line, without a delimiter
                }
                return atEnd(read, EMPTY, null);
        }
    }

    /**
     * With too little buffered for {@code read}: before the end it waits ({@code false}); at the end it fails with the
     * error that ended the stream, else finishes with {@code value}, else fails with an {@link EOFException}.
     */
    private boolean atEnd(Read<?> read, Object value, String eofMessage) {
        if (!ended) {
            return false;
        }
        reads.pollFirst();
        if (failure != null) {
            read.tryFail(failure);
        } else if (value != null) {
            finish(read, value);
        } else {
            read.tryFail(new EOFException(eofMessage));
        }
        return true;
    }

    /**
     * Hands the first {@code length} bytes to {@code read}. They leave the buffer before its callbacks run (they may
     * read again), and come back if it was aborted meanwhile by another thread (then no callback ran).
     */
    private boolean deliver(Read<?> read, int length) {
        reads.pollFirst();
        Object value;
        if (read.kind == INTO) {
            read.target.put(bytes, start, length);
            value = length;
        } else {
            value = Arrays.copyOfRange(bytes, start, start + length);
        }
        start += length;
        if (finish(read, value)) {
            scannedWithoutDelimiter = Math.max(0, scannedWithoutDelimiter - length);
            if (length > 0) {
                consumed.accept(length);
            }
        } else {
            start -= length;
            if (read.kind == INTO) {
                read.target.position(read.target.position() - length);
            }
        }
        return true;
    }

    /** The first {@code count} bytes were taken out. */
    private void taken(int count) {
        start += count;
        scannedWithoutDelimiter = Math.max(0, scannedWithoutDelimiter - count);
        if (start == end) {
            start = 0;
            end = 0;
        }
        if (count > 0) {
            consumed.accept(count);
        }
    }

    /** The length of the first line (up to and including a delimiter) within {@code maxLength} bytes, or -1. */
    private int lineLength(byte[] delimiter, int maxLength) {
        if (!Arrays.equals(delimiter, scannedDelimiter)) {
            scannedDelimiter = delimiter;
            scannedWithoutDelimiter = 0;
        }
        int limit = Math.min(available(), maxLength);
        int last = limit - delimiter.length;
        // A delimiter may end just after the part known to hold none: look again at its last delimiter.length-1 bytes.
        for (int i = Math.max(0, scannedWithoutDelimiter - delimiter.length + 1); i <= last; i++) {
            if (startsWith(start + i, delimiter)) {
                return i + delimiter.length;
            }
        }
        scannedWithoutDelimiter = Math.max(scannedWithoutDelimiter, limit);
        return -1;
    }

    private boolean startsWith(int at, byte[] prefix) {
        for (int j = 0; j < prefix.length; j++) {
            if (bytes[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    /** Makes room for {@code room} more bytes after the buffered ones; the array grows to {@code limit} at most. */
    private void makeRoom(int room, int limit) {
        if (bytes.length - end >= room) {
            return;
        }
        int available = available();
        int needed = available + room;
        byte[] target = bytes.length >= needed ? bytes
                : new byte[(int) Math.min(limit, Math.max(needed, 2L * bytes.length))];
        System.arraycopy(bytes, start, target, 0, available);
        bytes = target;
        start = 0;
        end = available;
    }

    /** On the loop thread after {@code read} was aborted (a serve may have dropped it from the queue already). */
    private void removeAborted(Read<?> read) {
        if (reads.remove(read)) {
            serve();
        }
        afterAbort.run();
    }

    /** A read waiting for bytes; an abort takes it out of the queue before anything was handed to it. */
    final class Read<T> extends InProgress<T> implements kaa.internal.Described {
        final int kind;
        /** EXACTLY: the number of bytes; LINE: the maximum length, delimiter included. */
        final int count;
        final byte[] delimiter;
        /** INTO: the caller's buffer. */
        final ByteBuffer target;

        private Read(int kind, int count, byte[] delimiter, ByteBuffer target) {
            this.kind = kind;
            this.count = count;
            this.delimiter = delimiter;
            this.target = target;
        }

        @Override
        public String description() {
            String what = source + (kind == LINE ? ".readLine" : kind == EXACTLY ? ".readExactly(" + count + ")"
                    : kind == INTO ? ".read(ByteBuffer)" : ".read");
            String one = which == null ? null : which.get();
            return one == null ? what : what + " (" + one + ")";
        }

        @Override
        public boolean abort(InProgressAbortedException reason) {
            // Failing first is enough: bytes are taken only by a read that accepts them, so the loop skips this one.
            if (!super.abort(reason)) {
                return false;
            }
            loop.execute(() -> removeAborted(this));
            return true;
        }
    }
}
