package kaa;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import kaa.WriteQueue.PendingWrite;

/**
 * An asynchronous stream socket on the notifier, kaa's {@code Socket}: TCP over IPv4 and IPv6, Unix domain sockets,
 * and TLS on either. Every operation returns at once; its {@link InProgress} finishes on the loop thread.
 *
 * <pre>{@code
 * Socket socket = new Socket();
 * yield_(socket.connect("example.org", 80));
 * yield_(socket.write("GET / HTTP/1.0\r\n\r\n"));
 * byte[] statusLine = yield_(socket.readLine());
 * socket.close();
 * }</pre>
 *
 * <h2>Connecting and listening</h2>
 * {@link #connect(String, int)} resolves the name on a worker thread (never on the loop thread), then connects without
 * blocking to each address in turn until one accepts; it fails with the real cause ({@link ConnectException} for a
 * refused connection, {@link java.net.UnknownHostException}, {@link NoRouteToHostException}). Combine it with
 * {@link InProgress#timeout(Duration, boolean) timeout(d, true)} to give up: the abort closes the attempt, and the
 * socket can connect again. {@link #listen(SocketAddress, int)} binds a server socket; each client arrives as a
 * connected {@code Socket}, handed to the oldest pending {@link #accept()}, else emitted on {@link #newClient()}, else
 * kept (up to the backlog, then the socket stops accepting until someone asks) for a later {@code accept()}.
 * A {@link UnixDomainSocketAddress} works wherever an address does.
 *
 * <h2>Reading and flow control</h2>
 * {@link #read()} finishes with the next bytes received (an empty array at the end of the stream), {@link #readLine}
 * with the next line, delimiter included, and {@link #readExactly} with exactly that many bytes;
 * {@link #read(ByteBuffer)} puts the next bytes into the caller's buffer, allocating nothing. Reads finish in the order
 * they were made. The socket reads from the kernel only while a read waits and its buffer has room: a slow reader makes
 * the kernel's buffers fill up, and TCP slows the peer down; the socket never buffers more than {@link #bufferSize()}
 * bytes, or what the waiting read needs (a line up to its maximum length, {@code readExactly(n)}).
 * A read can be aborted; it then takes nothing. After the end of the stream the socket stays open for writing (the
 * peer may only have shut down its side): {@link #close()} it when done.
 *
 * <h2>Writing and back-pressure</h2>
 * {@link #write(byte[])} queues the bytes and never blocks. Its {@code InProgress} finishes when the bytes are handed
 * over: written to the kernel, or copied into the socket's write queue, which holds at most
 * {@link #writeQueueLimit()} bytes. A write that does not fit waits, and its {@code InProgress} finishes only when
 * the writes before it have gone out and made room: a writer that awaits its writes is slowed down to the pace of the
 * peer, and the socket never buffers more than the limit. Only small rests are copied (64 KiB at most): a larger write
 * is sent from the caller's array until what is left of it is that small. Until its {@code InProgress} finishes, the
 * socket reads the caller's array or buffer: do not change it before then. A write cannot be aborted (its bytes are
 * part of the stream); {@link #closeNow()} drops what is queued.
 *
 * <h2>Closing</h2>
 * {@link #close()} sends every byte written before it, then closes; {@link #closeNow()} closes at once and fails the
 * writes not handed over yet. Either way waiting reads finish with what was received (then the end of the stream).
 * An error (the peer resets the connection, a write finds it gone) closes the socket too: waiting reads receive what
 * was buffered, then fail with the error, and the writes not handed over fail with it. {@link #closed()} is emitted
 * once, when a connected or listening socket closes, with {@code true} if it was closed by {@code close()} or
 * {@code closeNow()} and {@code false} if by an error.
 *
 * <h2>TLS</h2>
 * {@link #startTlsClient(SSLContext, String)} and {@link #startTlsServer(SSLContext)} turn a connected socket into a
 * TLS connection on an {@link SSLEngine}, without blocking the loop; afterwards reads, writes and closing behave as
 * before, on the plaintext. A client verifies the server's host name by default. {@link #startTls(SSLEngine)} takes an
 * engine configured by the caller.
 *
 * <h2>Threads</h2>
 * The socket's state belongs to the loop thread of the {@linkplain Main#notifier() main notifier} it was created on.
 * Its methods may be called from any thread: off the loop thread the operation is posted to the loop, and operations
 * posted by one thread run in the order it made them. Callbacks and signals run on the loop thread.
 */
public final class Socket {
    /** The default of {@link #bufferSize()}: 64 KiB. */
    public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;
    /** The default of {@link #writeQueueLimit()}: 1 MiB. */
    public static final int DEFAULT_WRITE_QUEUE_LIMIT = 1024 * 1024;
    /** The default maximum length of a line for {@link #readLine()}, delimiter included: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;
    /** The default backlog of {@link #listen(SocketAddress)}. */
    public static final int DEFAULT_BACKLOG = 128;
    /**
     * The most of a write the socket copies into its write queue: a larger rest is sent from the caller's array, and the
     * write finishes when the kernel has taken all but this much of it (see "Writing and back-pressure" above).
     */
    static final int COPIED_WRITE_REST = 64 * 1024;

    private static final byte[] NEWLINE = {'\n'};
    /** How many clients one readiness event accepts at most, so that a flood cannot hold the loop. */
    private static final int ACCEPTS_PER_EVENT = 64;
    /** How many reads one readiness event makes at most. */
    private static final int READS_PER_EVENT = 16;
    /** The most one read from the kernel takes. */
    private static final int MAX_RECEIVE = 1024 * 1024;
    /** See {@link #receiveScratch(int)}. */
    private static final ThreadLocal<ByteBuffer> RECEIVE_SCRATCH =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(DEFAULT_BUFFER_SIZE));
    /** After an error of accept() (out of file descriptors): how long the socket stops accepting. */
    private static final long ACCEPT_RETRY_NANOS = 100_000_000;
    /** At most this much unread input is discarded before a close, so that the kernel sends a FIN, not a reset. */
    private static final int DISCARD_BEFORE_CLOSE = 1024 * 1024;

    private enum State { NEW, CONNECTING, CONNECTED, LISTENING, CLOSING, CLOSED }

    private final Notifier notifier;
    private final Signal<Socket> newClient = new Signal<>();
    private final Signal<Boolean> closed = new Signal<>();
    private volatile State state = State.NEW;
    private volatile int bufferSize;
    private volatile int writeQueueLimit;
    private volatile int maxLineLength;

    // The rest is touched by the loop thread only (and by listen() before the socket is registered).
    private final ReadBuffer input;
    private final WriteQueue output;
    private SocketChannel channel;
    private ServerSocketChannel server;
    private IOMonitor monitor;
    private Transport transport;
    private ConnectAttempt connecting;
    private ArrayDeque<SocketAddress> candidates;
    private IOException earlierAttemptFailure;
    private SocketAddress target;
    private InProgress<Void> outputShutdown;
    private boolean outputEnded;
    private final List<InProgress<Void>> closeWaiters = new ArrayList<>(1);
    private final ArrayDeque<PendingAccept> accepts = new ArrayDeque<>();
    private final ArrayDeque<Socket> unclaimed = new ArrayDeque<>();
    private int backlog;
    private boolean acceptPaused;
    private Path unixPath;
    private TlsTransport tls;
    private InProgress<Void> tlsHandshake;

    /** Creates an unconnected socket on the {@linkplain Main#notifier() main notifier}. */
    public Socket() {
        this.notifier = Main.notifier();
        this.bufferSize = DEFAULT_BUFFER_SIZE;
        this.writeQueueLimit = DEFAULT_WRITE_QUEUE_LIMIT;
        this.maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        this.input = newInput();
        this.output = new WriteQueue(writeQueueLimit, COPIED_WRITE_REST);
    }

    /** A client a listening socket accepted: connected, with the listener's settings. */
    private Socket(Socket listener, SocketChannel accepted) throws IOException {
        this.notifier = listener.notifier;
        this.bufferSize = listener.bufferSize;
        this.writeQueueLimit = listener.writeQueueLimit;
        this.maxLineLength = listener.maxLineLength;
        this.input = newInput();
        this.output = new WriteQueue(writeQueueLimit, COPIED_WRITE_REST);
        accepted.configureBlocking(false);
        if (!(accepted.getLocalAddress() instanceof UnixDomainSocketAddress)) {
            accepted.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        this.channel = accepted;
        this.transport = new Transport.Plain(accepted);
        this.monitor = new IOMonitor(notifier, accepted, this::onReady);
        this.state = State.CONNECTED;
    }

    private ReadBuffer newInput() {
        return new ReadBuffer("Socket", () -> {
            SocketAddress remote = remoteAddress();
            return remote == null ? null : "remote " + remote;
        }, bufferSize, this::onLoop, consumed -> { }, this::updateInterest);
    }

    // ------------------------------------------------------------------------------------------------- settings

    /**
     * How many received bytes the socket buffers for its readers at most (more only while a waiting
     * {@link #readLine} or {@link #readExactly} needs more), and how much it reads from the kernel at once.
     *
     * @return the size in bytes; {@link #DEFAULT_BUFFER_SIZE} unless set
     */
    public int bufferSize() {
        return bufferSize;
    }

    /**
     * Sets {@link #bufferSize()}; clients accepted later inherit it.
     *
     * @param size at least 1
     * @return this socket
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public Socket setBufferSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the buffer size must be at least 1, not " + size);
        }
        bufferSize = size;
        onLoop(() -> input.setBufferSize(size));
        return this;
    }

    /**
     * How many bytes of waiting writes the socket copies into its own queue at most (see "Writing and back-pressure"
     * above).
     *
     * @return the limit in bytes; {@link #DEFAULT_WRITE_QUEUE_LIMIT} unless set
     */
    public int writeQueueLimit() {
        return writeQueueLimit;
    }

    /**
     * Sets {@link #writeQueueLimit()}; clients accepted later inherit it. With {@code 0} every write finishes only when
     * the kernel has taken all of its bytes.
     *
     * @param limit at least 0
     * @return this socket
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public Socket setWriteQueueLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("the write queue limit must not be negative: " + limit);
        }
        writeQueueLimit = limit;
        onLoop(() -> output.setLimit(limit));
        return this;
    }

    /**
     * The maximum length of a line for {@link #readLine()}, delimiter included.
     *
     * @return the length in bytes; {@link #DEFAULT_MAX_LINE_LENGTH} unless set
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Sets {@link #maxLineLength()}; clients accepted later inherit it.
     *
     * @param length at least 1
     * @return this socket
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public Socket setMaxLineLength(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("the maximum line length must be at least 1, not " + length);
        }
        maxLineLength = length;
        return this;
    }

    // ------------------------------------------------------------------------------------------------ connecting

    /**
     * Connects to {@code host} on {@code port}; see {@link #connect(SocketAddress)}.
     *
     * @param host a host name or an IPv4 or IPv6 address literal
     * @param port the port
     * @return an {@code InProgress} that finishes when connected
     * @throws IllegalArgumentException if the port is out of range
     */
    public InProgress<Void> connect(String host, int port) {
        return connect(InetSocketAddress.createUnresolved(Objects.requireNonNull(host, "host"), port));
    }

    /**
     * Connects to {@code address}: an {@link InetSocketAddress}, resolved or not (an unresolved one is resolved on a
     * worker thread, and its addresses are tried in turn), or a {@link UnixDomainSocketAddress}. A socket whose connect
     * failed or was aborted may connect again.
     *
     * @param address where to connect
     * @return an {@code InProgress} that finishes when connected, or fails with the cause (the last address's, with
     *     the earlier ones suppressed); {@link IllegalStateException} if the socket is not new
     */
    public InProgress<Void> connect(SocketAddress address) {
        Objects.requireNonNull(address, "address");
        ConnectAttempt attempt = new ConnectAttempt();
        onLoop(() -> startConnect(address, attempt));
        return attempt;
    }

    private void startConnect(SocketAddress address, ConnectAttempt attempt) {
        if (attempt.isFinished()) {
            return; // aborted before it began
        }
        if (state != State.NEW) {
            attempt.tryFail(new IllegalStateException("connect() on a socket that is " + describeState()));
            return;
        }
        state = State.CONNECTING;
        connecting = attempt;
        earlierAttemptFailure = null;
        if (address instanceof InetSocketAddress && ((InetSocketAddress) address).isUnresolved()) {
            InetSocketAddress unresolved = (InetSocketAddress) address;
            IoWorkers.run(notifier, () -> InetAddress.getAllByName(unresolved.getHostString()), (found, failure) -> {
                if (connecting != attempt) {
                    return; // aborted or closed meanwhile
                }
                if (failure != null) {
                    connectFailed(failure);
                    return;
                }
                ArrayDeque<SocketAddress> resolved = new ArrayDeque<>();
                for (InetAddress one : found) {
                    resolved.add(new InetSocketAddress(one, unresolved.getPort()));
                }
                tryNextAddress(resolved);
            });
        } else {
            ArrayDeque<SocketAddress> single = new ArrayDeque<>(1);
            single.add(address);
            tryNextAddress(single);
        }
    }

    private void tryNextAddress(ArrayDeque<SocketAddress> remaining) {
        candidates = remaining;
        target = remaining.poll();
        SocketChannel attempt = null;
        try {
            boolean unix = target instanceof UnixDomainSocketAddress;
            attempt = unix ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open();
            attempt.configureBlocking(false);
            if (!unix) {
                attempt.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            channel = attempt;
            monitor = new IOMonitor(notifier, attempt, this::onReady);
            if (attempt.connect(target)) {
                connected();
            } else {
                monitor.watch(IOMonitor.CONNECT);
            }
        } catch (IOException | RuntimeException e) {
            attemptFailed(e);
        }
    }

    private void finishConnect() {
        try {
            if (channel.finishConnect()) {
                connected();
            }
        } catch (IOException e) {
            attemptFailed(e);
        }
    }

    private void attemptFailed(Exception failure) {
        dropChannel();
        Exception described = describe(failure, target);
        if (earlierAttemptFailure != null) {
            described.addSuppressed(earlierAttemptFailure);
        }
        if (!candidates.isEmpty() && described instanceof IOException) {
            earlierAttemptFailure = (IOException) described;
            tryNextAddress(candidates);
        } else {
            connectFailed(described);
        }
    }

    /** The JDK's messages do not say where: "Connection refused". Same type, the address added, the original as cause. */
    private static Exception describe(Exception failure, SocketAddress where) {
        String message = failure.getMessage() + " (" + where + ")";
        Exception described;
        if (failure instanceof ConnectException) {
            described = new ConnectException(message);
        } else if (failure instanceof NoRouteToHostException) {
            described = new NoRouteToHostException(message);
        } else {
            return failure;
        }
        described.initCause(failure);
        return described;
    }

    private void connectFailed(Throwable failure) {
        ConnectAttempt attempt = connecting;
        dropChannel();
        state = State.NEW;
        connecting = null;
        output.failAll(failure);
        input.failWaiting(failure);
        attempt.tryFail(failure);
    }

    private void dropChannel() {
        if (monitor != null) {
            monitor.unregister();
            monitor = null;
        }
        closeQuietly(channel);
        channel = null;
    }

    private void connected() {
        ConnectAttempt attempt = connecting;
        connecting = null;
        candidates = null;
        earlierAttemptFailure = null;
        state = State.CONNECTED;
        transport = new Transport.Plain(channel);
        monitor.watch(0);
        if (!attempt.tryFinish(null)) {
            // Aborted by another thread just now: no callback ran, so nobody uses the connection.
            dropChannel();
            state = State.NEW;
            output.failAll(attempt.exception());
            input.failWaiting(attempt.exception());
            return;
        }
        pump(); // the reads and writes made while connecting, and those the callbacks just made
    }

    /** The connect's {@code InProgress}: an abort (a timeout that aborts, say) closes the attempt. */
    private final class ConnectAttempt extends InProgress<Void> {
        @Override
        public boolean abort(InProgressAbortedException reason) {
            if (!super.abort(reason)) {
                return false;
            }
            onLoop(() -> {
                if (connecting == this) {
                    connectFailed(reason);
                }
            });
            return true;
        }
    }

    // ------------------------------------------------------------------------------------------------- listening

    /**
     * Listens on {@code port} of every local address (IPv4 and IPv6), with the default backlog.
     *
     * @param port the port, or 0 for any free one ({@link #localAddress()} tells which)
     * @throws IOException if it cannot bind (the port is in use, say)
     * @throws IllegalStateException if the socket is not new
     */
    public void listen(int port) throws IOException {
        listen(new InetSocketAddress(port), DEFAULT_BACKLOG);
    }

    /**
     * Listens on {@code port} of every local address (IPv4 and IPv6).
     *
     * @param port the port, or 0 for any free one
     * @param backlog see {@link #listen(SocketAddress, int)}
     * @throws IOException if it cannot bind
     * @throws IllegalStateException if the socket is not new
     */
    public void listen(int port, int backlog) throws IOException {
        listen(new InetSocketAddress(port), backlog);
    }

    /**
     * Listens on {@code address} with the default backlog; see {@link #listen(SocketAddress, int)}.
     *
     * @param address a resolved {@link InetSocketAddress} or a {@link UnixDomainSocketAddress}
     * @throws IOException if it cannot bind
     * @throws IllegalStateException if the socket is not new
     */
    public void listen(SocketAddress address) throws IOException {
        listen(address, DEFAULT_BACKLOG);
    }

    /**
     * Listens on {@code address}, binding at once. Clients go to {@link #accept()} and {@link #newClient()}. A Unix
     * domain socket's file is deleted when the socket closes; a file left at that path by an earlier process makes the
     * bind fail (delete it first).
     *
     * @param address a resolved {@link InetSocketAddress} (an IPv6 one for IPv6) or a {@link UnixDomainSocketAddress}
     * @param backlog the kernel's queue of connections not yet accepted, and how many accepted clients the socket
     *     keeps for later {@code accept()}s before it stops accepting; at least 1
     * @throws IOException if it cannot bind
     * @throws IllegalStateException if the socket is not new
     * @throws IllegalArgumentException if the backlog is less than 1 or the address is unresolved
     */
    public void listen(SocketAddress address, int backlog) throws IOException {
        Objects.requireNonNull(address, "address");
        if (backlog < 1) {
            throw new IllegalArgumentException("the backlog must be at least 1, not " + backlog);
        }
        if (address instanceof InetSocketAddress && ((InetSocketAddress) address).isUnresolved()) {
            throw new IllegalArgumentException("listen() needs a resolved address, not " + address);
        }
        synchronized (this) {
            if (state != State.NEW) {
                throw new IllegalStateException("listen() on a socket that is " + describeState());
            }
            boolean unix = address instanceof UnixDomainSocketAddress;
            ServerSocketChannel opened = unix ? ServerSocketChannel.open(StandardProtocolFamily.UNIX)
                    : ServerSocketChannel.open();
            try {
                if (!unix) {
                    opened.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                }
                opened.bind(address, backlog);
                opened.configureBlocking(false);
            } catch (IOException | RuntimeException e) {
                closeQuietly(opened);
                throw e;
            }
            this.server = opened;
            this.backlog = backlog;
            this.unixPath = unix ? ((UnixDomainSocketAddress) address).getPath() : null;
            this.monitor = new IOMonitor(notifier, opened, this::onReady);
            this.state = State.LISTENING;
        }
        onLoop(this::updateInterest);
    }

    /**
     * The next client of a listening socket: one kept already, or the next to connect.
     *
     * @return an {@code InProgress} of the connected client; it fails with a {@link ClosedChannelException} if the
     *     socket closes first, and with {@link IllegalStateException} if it does not listen
     */
    public InProgress<Socket> accept() {
        PendingAccept waiting = new PendingAccept();
        onLoop(() -> {
            Socket kept = unclaimed.pollFirst();
            if (kept != null) {
                waiting.tryFinish(kept);
            } else if (state == State.LISTENING) {
                accepts.addLast(waiting);
            } else if (state == State.CLOSED && server != null) {
                waiting.tryFail(new ClosedChannelException());
            } else {
                waiting.tryFail(new IllegalStateException("accept() on a socket that is " + describeState()));
            }
            updateInterest();
        });
        return waiting;
    }

    private void acceptClients() {
        for (int i = 0; i < ACCEPTS_PER_EVENT && state == State.LISTENING && wantsClients(); i++) {
            SocketChannel accepted;
            Socket client;
            try {
                accepted = server.accept();
                if (accepted == null) {
                    break;
                }
            } catch (IOException e) {
                acceptFailed(e);
                break;
            }
            try {
                client = new Socket(this, accepted);
            } catch (IOException e) {
                closeQuietly(accepted); // gone before it could be set up: it never was a client
                continue;
            }
            deliver(client);
        }
        updateInterest();
    }

    private boolean wantsClients() {
        return !accepts.isEmpty() || unclaimed.size() < backlog;
    }

    /** Out of file descriptors, typically: the next accept would fail the same way, so pause instead of spinning. */
    private void acceptFailed(IOException failure) {
        PendingAccept waiting = accepts.pollFirst();
        if (waiting != null) {
            waiting.tryFail(failure);
        } else {
            notifier.reportException(failure);
        }
        acceptPaused = true;
        notifier.schedule(ACCEPT_RETRY_NANOS, () -> {
            acceptPaused = false;
            updateInterest();
        });
    }

    private void deliver(Socket client) {
        PendingAccept waiting;
        while ((waiting = accepts.pollFirst()) != null) {
            if (waiting.tryFinish(client)) {
                return;
            }
        }
        if (newClient.count() > 0) {
            newClient.emit(client);
        } else {
            unclaimed.addLast(client);
        }
    }

    /** An {@link #accept()}; an abort takes it out of the queue. */
    private final class PendingAccept extends InProgress<Socket> {
        @Override
        public boolean abort(InProgressAbortedException reason) {
            if (!super.abort(reason)) {
                return false;
            }
            onLoop(() -> accepts.remove(this));
            return true;
        }
    }

    // --------------------------------------------------------------------------------------------------- reading

    /**
     * Reads the next bytes received: what is buffered, or the next chunk to arrive.
     *
     * @return an {@code InProgress} of at least one byte, or of an empty array at the end of the stream; it fails with
     *     the error that closed the socket once the buffered bytes are read, and with
     *     {@link NotYetConnectedException} if the socket is neither connected nor connecting
     */
    public InProgress<byte[]> read() {
        return startRead(input.newRead());
    }

    /**
     * Reads the next line, ending with {@code '\n'}, of at most {@link #maxLineLength()} bytes; see
     * {@link #readLine(byte[], int)}.
     *
     * @return an {@code InProgress} of the line, delimiter included
     */
    public InProgress<byte[]> readLine() {
        return startRead(input.newLineRead(NEWLINE, maxLineLength));
    }

    /**
     * Reads the next line: the bytes up to and including the next {@code delimiter}. At the end of the stream the
     * last bytes come as a line without a delimiter, then an empty array. If {@code maxLength} bytes arrive without a
     * delimiter, it fails with a {@link LineTooLongException} and consumes nothing (memory stays bounded by
     * {@code maxLength}).
     *
     * @param delimiter the bytes that end a line, at least one
     * @param maxLength the maximum length of a line, delimiter included
     * @return an {@code InProgress} of the line
     * @throws IllegalArgumentException if the delimiter is empty or longer than {@code maxLength}
     */
    public InProgress<byte[]> readLine(byte[] delimiter, int maxLength) {
        return startRead(input.newLineRead(delimiter, maxLength));
    }

    /**
     * Reads exactly {@code count} bytes.
     *
     * @param count how many bytes; the socket buffers up to that many while it waits
     * @return an {@code InProgress} of the bytes; it fails with an {@link java.io.EOFException} if the stream ends
     *     first (the bytes received stay buffered for {@link #read()})
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public InProgress<byte[]> readExactly(int count) {
        return startRead(input.newExactRead(count));
    }

    /**
     * Reads the next bytes received into {@code into}, from its position up to its limit: what is buffered, or the next
     * bytes to arrive, as many as fit. Unlike {@link #read()} it allocates nothing for the bytes: a reader that reuses
     * one buffer (a direct one, best) has them put straight into it, from the kernel when nothing is buffered. Reads
     * finish in the order they were made, whichever kind they are. Do not touch {@code into} until the returned
     * {@code InProgress} finishes.
     *
     * @param into where to put the bytes; its position is advanced past them
     * @return an {@code InProgress} of how many bytes were read: at least one, or 0 at once if {@code into} has no
     *     room, or -1 at the end of the stream; it fails as {@link #read()} does. Aborted, it takes nothing: the
     *     position stays (an abort from another thread may find bytes already written after it, which then stay
     *     buffered for the next read as well)
     * @throws IllegalArgumentException if {@code into} is read-only
     */
    public InProgress<Integer> read(ByteBuffer into) {
        if (into.isReadOnly()) {
            throw new IllegalArgumentException("read into a read-only buffer");
        }
        return startRead(input.newReadInto(into));
    }

    private <T> InProgress<T> startRead(ReadBuffer.Read<T> read) {
        if (notifier.isLoopThread()) {
            queueRead(read); // no closure on the loop thread
        } else {
            notifier.post(() -> queueRead(read));
        }
        return read;
    }

    private void queueRead(ReadBuffer.Read<?> read) {
        if (state == State.NEW || state == State.LISTENING) {
            read.tryFail(new NotYetConnectedException());
            return;
        }
        input.add(read);
        if (input.wantsData() && transport != null && transport.hasBufferedInput()) {
            pump();
        } else {
            updateInterest();
        }
    }

    private void receive() throws IOException {
        for (int i = 0; isOpenForTransfer() && (input.wantsData() || transport.needsRead()); i++) {
            if (i == READS_PER_EVENT) {
                if (transport.hasBufferedInput()) {
                    notifier.enqueue(this::pump); // the selector will not report what TLS holds already
                }
                return;
            }
            ByteBuffer target = input.directTarget();
            ByteBuffer into = target != null ? target : receiveScratch(input.room());
            int asked = into.remaining();
            int n = transport.read(into);
            if (n > 0) {
                if (target != null) {
                    input.receivedInto(n);
                } else {
                    into.flip();
                    input.receive(into);
                }
                if (n < asked && !transport.hasBufferedInput()) {
                    // The kernel had no more: another read now would only say so. If more comes meanwhile, the
                    // selector reports it (readiness is level-triggered).
                    return;
                }
            } else {
                if (n < 0) {
                    input.end(null);
                }
                return;
            }
        }
    }

    /**
     * The loop thread's direct buffer to receive into, cleared, with {@code room} bytes of space (at most
     * {@link #MAX_RECEIVE}). Reading into a heap buffer would make the JDK read into a temporary direct buffer and copy
     * from it; from this one {@link ReadBuffer#receive} copies the bytes straight into the array a read returns. Shared
     * by the sockets of the thread: {@code receive} empties it before any callback runs.
     */
    private static ByteBuffer receiveScratch(int room) {
        int size = Math.min(room, MAX_RECEIVE);
        ByteBuffer scratch = RECEIVE_SCRATCH.get();
        if (scratch.capacity() < size) {
            scratch = ByteBuffer.allocateDirect(Math.max(size, Math.min(2 * scratch.capacity(), MAX_RECEIVE)));
            RECEIVE_SCRATCH.set(scratch);
        }
        scratch.clear().limit(size);
        return scratch;
    }

    /** Does whatever can be done now: receive for waiting reads, send, and watch for the rest. */
    private void pump() {
        if (!isOpenForTransfer()) {
            return;
        }
        try {
            receive();
        } catch (IOException e) {
            finishClose(false, e);
            return;
        }
        send();
        updateInterest();
    }

    // --------------------------------------------------------------------------------------------------- writing

    /**
     * Writes {@code data}; see "Writing and back-pressure" above. Do not change the array until the returned
     * {@code InProgress} finishes.
     *
     * @param data the bytes
     * @return an {@code InProgress} that finishes when the bytes are handed over, or fails if the socket closes or
     *     breaks first ({@link NotYetConnectedException} on a socket neither connected nor connecting)
     */
    public InProgress<Void> write(byte[] data) {
        return queueWrite(new PendingWrite(ByteBuffer.wrap(data), false));
    }

    /**
     * Writes {@code text} encoded as UTF-8.
     *
     * @param text the text
     * @return an {@code InProgress} that finishes when the bytes are handed over
     */
    public InProgress<Void> write(String text) {
        return write(text.getBytes(UTF_8));
    }

    /**
     * Writes the remaining bytes of {@code data}, without moving its position. Do not change them until the returned
     * {@code InProgress} finishes.
     *
     * @param data the bytes
     * @return an {@code InProgress} that finishes when the bytes are handed over
     */
    public InProgress<Void> write(ByteBuffer data) {
        return queueWrite(new PendingWrite(data.duplicate(), false));
    }

    private InProgress<Void> queueWrite(PendingWrite write) {
        if (notifier.isLoopThread()) {
            startWrite(write); // no closure on the loop thread
        } else {
            notifier.post(() -> startWrite(write));
        }
        return write;
    }

    private void startWrite(PendingWrite write) {
        switch (state) {
            case CONNECTING:
                output.add(write); // sent once connected
                return;
            case CONNECTED:
                if (outputShutdown != null || outputEnded) {
                    write.tryFail(new ClosedChannelException());
                    return;
                }
                output.add(write);
                send();
                updateInterest();
                return;
            case CLOSING:
            case CLOSED:
                write.tryFail(new ClosedChannelException());
                return;
            default:
                write.tryFail(new NotYetConnectedException());
        }
    }

    /**
     * Ends this side of the connection after the bytes written so far: the peer reads the end of the stream, and can
     * still send. Later writes fail.
     *
     * @return an {@code InProgress} that finishes when the end was sent
     */
    public InProgress<Void> shutdownOutput() {
        InProgress<Void> done = new InProgress<>();
        onLoop(() -> {
            if (state != State.CONNECTED || outputShutdown != null || outputEnded) {
                done.tryFail(new IllegalStateException("shutdownOutput() on a socket that is " + describeState()
                        + (outputEnded ? " and whose output ended" : "")));
                return;
            }
            outputShutdown = done;
            send();
            updateInterest();
        });
        return done;
    }

    /** Sends what can be sent now, and goes on with a close or shutdown that waited for the queue to drain. */
    private void send() {
        if (!isOpenForTransfer()) {
            return;
        }
        try {
            if (transport.flush()) {
                output.flush(transport);
            }
            if (!isOpenForTransfer()) {
                return; // a write's callback closed the socket
            }
            if (!outputEnded && output.isEmpty() && (state == State.CLOSING || outputShutdown != null)) {
                outputEnded = true;
                transport.shutdownOutput();
            }
            if (outputEnded && transport.flush()) {
                InProgress<Void> shutdown = outputShutdown;
                outputShutdown = null;
                if (state == State.CLOSING) {
                    finishClose(true, null);
                }
                if (shutdown != null) {
                    shutdown.tryFinish(null);
                }
            }
        } catch (IOException e) {
            // Every byte was handed over before a close ended the output: a peer that went away meanwhile cannot take
            // the FIN or close_notify, which is no failure of the close the user asked for.
            boolean closingAnyway = state == State.CLOSING && outputEnded;
            finishClose(closingAnyway, closingAnyway ? null : e);
        }
    }

    // ------------------------------------------------------------------------------------------------------- TLS

    /**
     * Starts TLS as the client, trusting the JDK's default certificate authorities ({@link SSLContext#getDefault()});
     * see {@link #startTlsClient(SSLContext, String)}.
     *
     * @param hostname the name the server's certificate must match
     * @return an {@code InProgress} that finishes when the handshake is done
     */
    public InProgress<Void> startTlsClient(String hostname) {
        Objects.requireNonNull(hostname, "hostname");
        InProgress<Void> handshake = new InProgress<>();
        // The first use of the default context loads the JDK's trust store: not on the loop thread.
        IoWorkers.run(notifier, SSLContext::getDefault, (context, failure) -> {
            if (failure != null) {
                handshake.tryFail(failure);
            } else {
                startTlsClient(context, hostname).connectBoth(handshake::tryFinish, handshake::tryFail);
            }
        });
        return handshake;
    }

    /**
     * Starts TLS as the client on a connected socket. The server's certificate must be trusted by {@code context} and
     * match {@code hostname} (host name verification as for HTTPS, RFC 2818; an IP address literal must match an IP
     * address of the certificate); {@code hostname} is also sent as the server name (SNI). For other settings build
     * the engine yourself and call {@link #startTls(SSLEngine)}.
     *
     * @param context the TLS context: its trust managers decide which certificates are trusted
     * @param hostname the name the server's certificate must match
     * @return an {@code InProgress} that finishes when the handshake is done, or fails with its error (an
     *     {@link javax.net.ssl.SSLHandshakeException} for a certificate that is not trusted or does not match); the
     *     socket is then closed
     */
    public InProgress<Void> startTlsClient(SSLContext context, String hostname) {
        Objects.requireNonNull(hostname, "hostname");
        SocketAddress remote = remoteAddress();
        int port = remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getPort() : -1;
        SSLEngine engine = context.createSSLEngine(hostname, port);
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        engine.setSSLParameters(parameters);
        return startTls(engine);
    }

    /**
     * Starts TLS as the server on a connected socket (an accepted client, typically), with the certificate and key of
     * {@code context}'s key managers.
     *
     * @param context the TLS context
     * @return an {@code InProgress} that finishes when the handshake is done, or fails with its error; the socket is
     *     then closed
     */
    public InProgress<Void> startTlsServer(SSLContext context) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        return startTls(engine);
    }

    /**
     * Starts TLS on a connected socket with an engine configured by the caller (client or server mode, parameters).
     * The handshake runs on the loop without blocking it; the engine's delegated tasks run on a worker thread. Reads
     * and writes made meanwhile wait for it; afterwards everything behaves as before, on the plaintext, and
     * {@link #close()} sends TLS's close_notify before closing. Bytes already received go to the handshake. Await the
     * plaintext writes made before: TLS cannot start while some are queued.
     *
     * @param engine the engine, not yet used
     * @return an {@code InProgress} that finishes when the handshake is done, or fails with its error (the socket is
     *     then closed); {@link IllegalStateException} if the socket is not connected, runs TLS already, or has writes
     *     queued
     */
    public InProgress<Void> startTls(SSLEngine engine) {
        Objects.requireNonNull(engine, "engine");
        InProgress<Void> handshake = new InProgress<>();
        onLoop(() -> {
            String refusal = state != State.CONNECTED ? "a socket that is " + describeState()
                    : tls != null ? "a socket that runs TLS already"
                    : !output.isEmpty() ? "a socket with writes queued (await them first)" : null;
            if (refusal != null) {
                handshake.tryFail(new IllegalStateException("startTls() on " + refusal));
                return;
            }
            tls = new TlsTransport(channel, engine, notifier, tlsEvents, input.takeAll());
            transport = tls;
            tlsHandshake = handshake;
            try {
                tls.begin();
            } catch (IOException e) {
                finishClose(false, e);
                return;
            }
            pump();
        });
        return handshake;
    }

    private final TlsTransport.Events tlsEvents = new TlsTransport.Events() {
        @Override
        public void handshakeFinished() {
            InProgress<Void> handshake = tlsHandshake;
            // Told from deep inside a read or write: the callbacks run on the next iteration, outside of it.
            notifier.enqueue(() -> {
                if (tlsHandshake == handshake && handshake != null) {
                    tlsHandshake = null;
                    pump();
                    handshake.tryFinish(null);
                }
            });
        }

        @Override
        public void resume() {
            pump();
        }

        @Override
        public void failed(IOException failure) {
            finishClose(false, failure);
        }
    };

    // --------------------------------------------------------------------------------------------------- closing

    /**
     * Closes the socket after every byte written before this call is sent. Waiting reads finish at once with what was
     * received (then the end of the stream). A listening socket stops listening, fails its waiting {@link #accept()}s
     * and closes the clients nobody claimed; once the returned {@code InProgress} finished, new connections are
     * refused. Like every operation, called from another thread than the loop's this happens when the loop runs it:
     * until then {@link #isListening()} and {@link #isConnected()} still say {@code true}.
     *
     * @return an {@code InProgress} that finishes when the socket is closed
     */
    public InProgress<Void> close() {
        InProgress<Void> done = new InProgress<>();
        onLoop(() -> {
            if (state == State.CLOSED || state == State.NEW) {
                state = State.CLOSED;
                input.end(null);
                done.tryFinish(null);
                return;
            }
            closeWaiters.add(done);
            if (state == State.CONNECTED) {
                state = State.CLOSING;
                input.end(null);
                send();
                updateInterest();
            } else if (state != State.CLOSING) {
                finishClose(true, null);
            }
        });
        return done;
    }

    /**
     * Closes the socket at once: the writes not handed over yet fail, waiting reads finish with what was received.
     */
    public void closeNow() {
        onLoop(() -> {
            if (state == State.NEW) {
                state = State.CLOSED;
                input.end(null);
            } else {
                finishClose(true, null);
            }
        });
    }

    private void finishClose(boolean expected, Throwable cause) {
        State previous = state;
        if (previous == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        if (channel != null) {
            if (cause == null && (previous == State.CONNECTED || previous == State.CLOSING)) {
                discardUnreadInput();
            }
            closeQuietly(channel);
        }
        if (monitor != null) {
            monitor.unregister();
        }
        if (server != null) {
            closeQuietly(server);
            // Closed for the kernel now, not at the loop's next select: a connect in between would be accepted by
            // the kernel and then reset instead of refused.
            notifier.deregisterCancelledKeys();
            if (unixPath != null) {
                try {
                    Files.deleteIfExists(unixPath);
                } catch (IOException e) {
                    notifier.reportException(e);
                }
            }
        }
        // The state is final now: what the callbacks below do finds the socket closed.
        input.end(cause);
        output.failAll(cause != null ? cause : new ClosedChannelException());
        PendingAccept waiting;
        while ((waiting = accepts.pollFirst()) != null) {
            waiting.tryFail(new ClosedChannelException());
        }
        Socket client;
        while ((client = unclaimed.pollFirst()) != null) {
            client.closeNow();
        }
        if (connecting != null) {
            ConnectAttempt attempt = connecting;
            connecting = null;
            attempt.tryFail(new ClosedChannelException());
        }
        if (tlsHandshake != null) {
            InProgress<Void> handshake = tlsHandshake;
            tlsHandshake = null;
            handshake.tryFail(cause != null ? cause : new ClosedChannelException());
        }
        if (outputShutdown != null) {
            outputShutdown.tryFail(cause != null ? cause : new ClosedChannelException());
            outputShutdown = null;
        }
        for (InProgress<Void> waiter : closeWaiters) {
            waiter.tryFinish(null);
        }
        closeWaiters.clear();
        if (previous == State.CONNECTED || previous == State.CLOSING || previous == State.LISTENING) {
            closed.emit(expected);
        }
    }

    /**
     * Input nobody read makes the kernel answer a close with a reset, which can destroy the last bytes sent before the
     * peer has read them: read it away first (what is there now, up to a bound).
     */
    private void discardUnreadInput() {
        ByteBuffer scratch = ByteBuffer.allocate(8192);
        try {
            for (int total = 0; total < DISCARD_BEFORE_CLOSE; ) {
                scratch.clear();
                int n = channel.read(scratch);
                if (n <= 0) {
                    return;
                }
                total += n;
            }
        } catch (IOException ignored) {
            // The connection is gone already: nothing to protect.
        }
    }

    // ---------------------------------------------------------------------------------------------------- the rest

    /**
     * The signal emitted with each client that a listening socket accepted and no {@link #accept()} was waiting for.
     *
     * @return the signal
     */
    public Signal<Socket> newClient() {
        return newClient;
    }

    /**
     * The signal emitted once when a connected or listening socket closes: {@code true} when closed by
     * {@link #close()} or {@link #closeNow()}, {@code false} when by an error (the peer reset the connection, say).
     *
     * @return the signal
     */
    public Signal<Boolean> closed() {
        return closed;
    }

    /**
     * Whether the socket is connected and not closing.
     *
     * @return {@code true} between the connect and {@link #close()}
     */
    public boolean isConnected() {
        return state == State.CONNECTED;
    }

    /**
     * Whether the socket listens.
     *
     * @return {@code true} between {@link #listen} and {@link #close()}
     */
    public boolean isListening() {
        return state == State.LISTENING;
    }

    /**
     * Whether the socket is closed.
     *
     * @return {@code true} once closed by {@link #close()}, {@link #closeNow()} or an error
     */
    public boolean isClosed() {
        return state == State.CLOSED;
    }

    /**
     * The local address of a connected or listening socket.
     *
     * @return the address, or {@code null} if there is none (not connected, or closed)
     */
    public SocketAddress localAddress() {
        try {
            ServerSocketChannel listening = server;
            SocketChannel connected = channel;
            return listening != null ? listening.getLocalAddress()
                    : connected != null ? connected.getLocalAddress() : null;
        } catch (IOException closedAlready) {
            return null;
        }
    }

    /**
     * The address of the peer of a connected socket.
     *
     * @return the address, or {@code null} if not connected
     */
    public SocketAddress remoteAddress() {
        try {
            SocketChannel connected = channel;
            return connected != null ? connected.getRemoteAddress() : null;
        } catch (IOException closedAlready) {
            return null;
        }
    }

    /** How many received bytes the socket holds in its buffer now, and its capacity (for tests of flow control). */
    int[] bufferUse() {
        return new int[] {input.available(), input.capacity()};
    }

    /** The operations the socket watches now (for tests of flow control). */
    int watching() {
        IOMonitor current = monitor;
        return current == null ? 0 : current.interest();
    }

    /** How many bytes the write queue holds in copies of its own (for tests of back-pressure). */
    long copiedBytes() {
        return output.heldBytes();
    }

    @Override
    public String toString() {
        SocketAddress remote = remoteAddress();
        SocketAddress local = localAddress();
        return "Socket[" + describeState() + (local != null ? ", local " + local : "")
                + (remote != null ? ", remote " + remote : "") + (tls != null ? ", TLS" : "") + "]";
    }

    private String describeState() {
        return state.name().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------- the loop's side

    private void onReady(int readyOps) {
        switch (state) {
            case CONNECTING:
                finishConnect();
                return;
            case LISTENING:
                acceptClients();
                return;
            case CONNECTED:
            case CLOSING:
                try {
                    if ((readyOps & IOMonitor.READ) != 0) {
                        receive();
                    }
                } catch (IOException e) {
                    finishClose(false, e);
                    return;
                }
                if ((readyOps & IOMonitor.WRITE) != 0) {
                    send();
                }
                updateInterest();
                return;
            default:
        }
    }

    private boolean isOpenForTransfer() {
        return (state == State.CONNECTED || state == State.CLOSING) && transport != null;
    }

    /** Watches what the socket waits for now, and nothing else: read only while someone wants data. */
    private void updateInterest() {
        int ops = 0;
        switch (state) {
            case LISTENING:
                ops = !acceptPaused && wantsClients() ? IOMonitor.ACCEPT : 0;
                break;
            case CONNECTED:
            case CLOSING:
                if (transport != null) {
                    boolean ready = transport.readyForData();
                    if ((ready && input.wantsData()) || transport.needsRead()) {
                        ops |= IOMonitor.READ;
                    }
                    if ((ready && !output.isEmpty()) || transport.needsWrite()) {
                        ops |= IOMonitor.WRITE;
                    }
                }
                break;
            default:
                return;
        }
        if (monitor != null) {
            monitor.watch(ops);
        }
    }

    private void onLoop(Runnable action) {
        if (notifier.isLoopThread()) {
            action.run();
        } else {
            notifier.post(action);
        }
    }

    private static void closeQuietly(java.nio.channels.Channel toClose) {
        if (toClose != null) {
            try {
                toClose.close();
            } catch (IOException ignored) {
                // Closing is all that was left to do with it.
            }
        }
    }
}
