package kaa;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * TLS over a socket's channel, on an {@link SSLEngine}, driven by readiness: never blocks the loop thread.
 *
 * <p>The state machine is the engine's: whenever the socket reads, writes or flushes, {@link #advance()} first does
 * what the handshake status asks while it can make progress now: {@code NEED_WRAP} wraps into {@code netOut} and
 * sends, {@code NEED_UNWRAP} decodes what {@code netIn} holds and reads more from the channel, {@code NEED_TASK} runs
 * the engine's delegated tasks (certificate checks, key generation) on a worker thread and resumes when they are done.
 * {@link #needsRead()} and {@link #needsWrite()} tell the socket what to watch for in between. Application data is
 * exchanged only once the handshake has finished; writes made before wait in the socket's queue.
 *
 * <p>Buffers: {@code netIn} holds ciphertext received and not decoded (kept ready for writing into), {@code appIn}
 * plaintext decoded and not yet handed to the socket, {@code netOut} ciphertext not yet sent (both kept ready for
 * reading from).
 */
final class TlsTransport implements Transport {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
    /** {@link #decode()}: the end of the stream. */
    private static final int END = -1;
    /** {@link #decode()}: the channel has no more bytes now. */
    private static final int STARVED = -2;
    /** {@link #decode()}: a record without plaintext was decoded (handshake, ticket, alert). */
    private static final int RECORD = -3;

    /** What the socket hears from its TLS session. */
    interface Events {
        /** The handshake finished. */
        void handshakeFinished();

        /** A delegated task finished on a worker thread (now back on the loop): the session can go on. */
        void resume();

        /** A delegated task failed. */
        void failed(IOException failure);
    }

    private final SocketChannel channel;
    private final SSLEngine engine;
    private final Notifier notifier;
    private final Events events;
    private ByteBuffer netIn;
    private ByteBuffer appIn;
    private ByteBuffer netOut;
    private boolean handshaking = true;
    private boolean taskRunning;
    /** The peer's close_notify, or the end of the stream, was received. */
    private boolean inboundDone;
    private boolean outboundClosing;
    private boolean finSent;

    TlsTransport(SocketChannel channel, SSLEngine engine, Notifier notifier, Events events, byte[] receivedBefore) {
        this.channel = channel;
        this.engine = engine;
        this.notifier = notifier;
        this.events = events;
        int packetSize = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(Math.max(packetSize, receivedBefore.length));
        this.netIn.put(receivedBefore);
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
        this.appIn.flip();
        this.netOut = ByteBuffer.allocate(packetSize);
        this.netOut.flip();
    }

    /** Starts the handshake; the socket then calls {@link #flush()} and reads as {@link #needsRead()} asks. */
    void begin() throws IOException {
        engine.beginHandshake();
    }

    @Override
    public int read(ByteBuffer into) throws IOException {
        advance();
        if (handshaking) {
            return 0;
        }
        for (;;) {
            if (appIn.hasRemaining()) {
                if (!into.hasRemaining()) {
                    return 0;
                }
                int n = Math.min(appIn.remaining(), into.remaining());
                ByteBuffer slice = appIn.slice();
                slice.limit(n);
                into.put(slice);
                appIn.position(appIn.position() + n);
                return n;
            }
            if (inboundDone) {
                return -1;
            }
            int decoded = decode();
            if (decoded == STARVED) {
                return 0;
            }
            if (decoded == RECORD) {
                advance(); // a record after the handshake (a session ticket, a key update) may ask for an answer
                if (taskRunning) {
                    return 0;
                }
            }
        }
    }

    @Override
    public void write(ByteBuffer from) throws IOException {
        advance();
        if (handshaking || !sendPending()) {
            return;
        }
        if (outboundClosing) {
            throw new ClosedChannelException();
        }
        while (from.hasRemaining()) {
            netOut.compact();
            SSLEngineResult result;
            try {
                result = engine.wrap(from, netOut);
            } finally {
                netOut.flip();
            }
            if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                if (netOut.hasRemaining()) {
                    if (!sendPending()) {
                        return;
                    }
                } else {
                    netOut = growForReading(netOut, engine.getSession().getPacketBufferSize());
                }
                continue;
            }
            if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                throw new ClosedChannelException();
            }
            if (!sendPending()) {
                return;
            }
        }
    }

    @Override
    public boolean flush() throws IOException {
        advance();
        if (!sendPending()) {
            return false;
        }
        if (outboundClosing && !finSent && engine.isOutboundDone()) {
            finSent = true;
            channel.shutdownOutput();
        }
        return !outboundClosing || finSent;
    }

    @Override
    public boolean needsRead() {
        return !taskRunning && !inboundDone && engine.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP;
    }

    @Override
    public boolean needsWrite() {
        return netOut.hasRemaining() || (!taskRunning && engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP)
                || (outboundClosing && !finSent);
    }

    @Override
    public void shutdownOutput() throws IOException {
        outboundClosing = true;
        engine.closeOutbound();
        advance();
    }

    @Override
    public boolean readyForData() {
        return !handshaking && !taskRunning;
    }

    @Override
    public boolean hasBufferedInput() {
        return appIn.hasRemaining() || netIn.position() > 0;
    }

    /** Does what the handshake status asks for as long as that makes progress now. */
    private void advance() throws IOException {
        for (;;) {
            if (taskRunning) {
                return;
            }
            HandshakeStatus status = engine.getHandshakeStatus();
            switch (status) {
                case NEED_TASK:
                    runTasks();
                    return;
                case NEED_WRAP:
                    if (!sendPending() || !wrapHandshake()) {
                        return;
                    }
                    break;
                case NEED_UNWRAP:
                case NEED_UNWRAP_AGAIN:
                    if (appIn.hasRemaining() && !handshaking) {
                        return; // hand over the plaintext first: the decode below needs room for its own
                    }
                    int decoded = decode();
                    if (decoded == END) {
                        if (handshaking) {
                            throw new EOFException("the connection ended during the TLS handshake");
                        }
                        return;
                    }
                    if (decoded == STARVED) {
                        return;
                    }
                    break;
                default: // FINISHED is reported by the results only; NOT_HANDSHAKING
                    if (handshaking) {
                        handshaking = false;
                        events.handshakeFinished();
                    }
                    return;
            }
        }
    }

    private boolean wrapHandshake() throws IOException {
        netOut.compact();
        SSLEngineResult result;
        try {
            result = engine.wrap(EMPTY, netOut);
        } finally {
            netOut.flip();
        }
        if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
            netOut = growForReading(netOut, engine.getSession().getPacketBufferSize());
            return true;
        }
        if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
            if (handshaking && !outboundClosing) {
                throw new SSLException("the TLS session was closed during the handshake");
            }
            // Our close_notify, or the engine's answer to the peer's: the output is over, a FIN follows it.
            outboundClosing = true;
            sendPending();
            return false;
        }
        return sendPending();
    }

    /**
     * Decodes one record from {@code netIn}, reading more from the channel while it is incomplete: the bytes of
     * plaintext produced, or {@link #RECORD} for a record without any, {@link #STARVED} when the channel has nothing
     * more now, {@link #END} at the end of the stream or the peer's close_notify.
     */
    private int decode() throws IOException {
        for (;;) {
            netIn.flip();
            appIn.compact();
            SSLEngineResult result;
            try {
                result = engine.unwrap(netIn, appIn);
            } finally {
                netIn.compact();
                appIn.flip();
            }
            switch (result.getStatus()) {
                case OK:
                    if (result.bytesProduced() > 0) {
                        return result.bytesProduced();
                    }
                    if (result.bytesConsumed() > 0) {
                        return RECORD;
                    }
                    break;
                case CLOSED:
                    inboundDone = true;
                    return END;
                case BUFFER_OVERFLOW:
                    appIn = growForReading(appIn, engine.getSession().getApplicationBufferSize());
                    continue;
                default: // BUFFER_UNDERFLOW
                    if (!netIn.hasRemaining()) {
                        netIn = growForWriting(netIn, engine.getSession().getPacketBufferSize());
                    }
                    break;
            }
            int n = channel.read(netIn);
            if (n < 0) {
                inboundDone = true;
                return END;
            }
            if (n == 0) {
                return STARVED;
            }
        }
    }

    /** Sends {@code netOut}; returns whether it is all sent. */
    private boolean sendPending() throws IOException {
        while (netOut.hasRemaining()) {
            if (channel.write(netOut) == 0) {
                return false;
            }
        }
        return true;
    }

    private void runTasks() {
        taskRunning = true;
        IoWorkers.run(notifier, () -> {
            Runnable task;
            while ((task = engine.getDelegatedTask()) != null) {
                task.run();
            }
            return null;
        }, (ignored, failure) -> {
            taskRunning = false;
            if (failure != null) {
                events.failed(failure instanceof IOException ? (IOException) failure
                        : new SSLException("a TLS handshake task failed", failure));
            } else {
                events.resume();
            }
        });
    }

    /** A buffer ready for reading with room for {@code extra} more bytes. */
    private static ByteBuffer growForReading(ByteBuffer buffer, int extra) {
        ByteBuffer grown = ByteBuffer.allocate(buffer.remaining() + extra);
        grown.put(buffer).flip();
        return grown;
    }

    /** A buffer ready for writing into, with its content and {@code extra} more bytes of room. */
    private static ByteBuffer growForWriting(ByteBuffer buffer, int extra) {
        ByteBuffer grown = ByteBuffer.allocate(buffer.position() + extra);
        buffer.flip();
        grown.put(buffer);
        return grown;
    }
}
