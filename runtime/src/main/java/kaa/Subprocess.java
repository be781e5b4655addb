package kaa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import kaa.internal.PipePump;

/**
 * A child process driven from the main loop, kaa's {@code Process}: start a command, read its stdout and stderr as
 * bytes, lines or a signal of lines, write to its stdin, and get its exit code as an {@code InProgress}. (Not called
 * {@code Process}, which would clash with {@link java.lang.Process}.)
 *
 * <pre>{@code
 * @Coroutine
 * InProgress<Integer> countFiles(Path dir) {
 *     Subprocess find = new Subprocess("find", dir.toString(), "-type", "f");
 *     find.stderr().lines().connect(line -> log.warning(line));
 *     find.start();
 *     int files = 0;
 *     while (yield_(find.readLine()).length > 0) {       // an empty array at the end of stdout
 *         files++;
 *     }
 *     int exitCode = yield_(find.exited());
 *     return done(exitCode == 0 ? files : -1);
 * }
 * }</pre>
 *
 * <h2>Streams</h2>
 * {@link #stdout()} and {@link #stderr()} are {@link Output}s that read as a {@code kaa.Socket} does: {@code read()}
 * (the next bytes; an empty array at the end), {@code readLine()} (up to and including the delimiter, {@code '\n'} or
 * one given; an empty array at the end), {@code readExactly(n)}, and a {@code lines()} signal of decoded lines. Each
 * output buffers what the process wrote up to {@link #setBufferSize its buffer size} (64 KiB by default), or what a
 * waiting read needs: while its buffer is full, it stops reading the pipe, the pipe fills, and the process blocks in
 * its next write until the program reads. So memory is bounded however slowly the program reads, and output nobody
 * reads stops the process, as a pipe does: read both outputs, connect to their {@code lines()}, or {@link
 * Output#close() close} the ones you do not want. {@link #stdin()} is an {@link Input} that writes as a socket does:
 * queued, in order, with back-pressure.
 *
 * <h2>Exit and stop</h2>
 * {@link #start()} returns {@link #exited()}: it finishes with the exit code once the process has exited and
 * everything it wrote is in the outputs' buffers (so a {@code lines()} callback has seen every line before the exit
 * callbacks run); it fails if the command cannot be started. A process killed by a signal has the exit code 128 +
 * the signal's number, as in a shell (143 after SIGTERM, 137 after SIGKILL). {@link #stop()} asks the process to end
 * (SIGTERM) and kills it (SIGKILL) if it is still running after a grace period; it does not block.
 *
 * <h2>Threads</h2>
 * Java cannot select on a child's pipes, so no notifier sleeps on them. Instead one daemon thread,
 * {@code kaa-subprocess-pump}, serves the outputs of every running {@code Subprocess}: in rounds, it reads from each
 * pipe only as many bytes as {@link InputStream#available()} says are there (so it never blocks) and only while the
 * buffer has room, checks whether the process has exited, and posts what it read to the notifier; between quiet rounds
 * it sleeps, at most 10 ms (a write to stdin wakes it). Writes to stdin, which may block, go to at most two daemon
 * threads ({@code kaa-subprocess-stdin-1/2}) shared by all processes. So kaa adds at most three threads however many
 * processes run. (The JDK itself keeps one small "process reaper" thread per running child, whatever kaa does.) See
 * {@code docs/subprocess.md} for the design, its costs and its limits.
 *
 * <p>Reads, signals and {@code InProgress} callbacks run on the notifier thread ({@link Main#notifier()} when the
 * {@code Subprocess} was created); called on another thread, a read is posted to the notifier and finishes when the
 * loop runs (an {@link InProgress#await()} drives it). All methods are safe from any thread.
 */
public final class Subprocess {
    /** How long {@link #stop()} waits after SIGTERM before SIGKILL, unless {@link #stopGracePeriod} says otherwise. */
    public static final Duration DEFAULT_STOP_GRACE_PERIOD = Duration.ofSeconds(3);
    /** How many bytes each output buffers by default before it stops reading its pipe. */
    public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;
    /** The longest line {@link Output#readLine()} returns by default, delimiter included. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;
    /** How many bytes written to stdin may wait in its queue by default. */
    public static final int DEFAULT_WRITE_QUEUE_LIMIT = 1024 * 1024;
    /** The most the pump reads from one pipe at a time. */
    private static final int MAX_CHUNK = 64 * 1024;

    private final List<String> command;
    private final ProcessBuilder builder;
    private final Notifier notifier;
    private final PipePump pump = PipePump.shared();
    private final Output stdout;
    private final Output stderr;
    private final Input stdin;
    private final InProgress<Integer> exited = new InProgress<>();

    // Guarded by this.
    private Charset charset = StandardCharsets.UTF_8;
    private Duration stopGracePeriod = DEFAULT_STOP_GRACE_PERIOD;
    private boolean started;
    private TimerHandle killTimer;

    private volatile Process process;

    /**
     * Prepares a command; {@link #start()} runs it.
     *
     * @param command the program and its arguments, as for {@link ProcessBuilder}; use {@code "sh", "-c", "..."} for
     *     a shell command line
     * @throws IllegalArgumentException if {@code command} is empty
     */
    public Subprocess(String... command) {
        this(List.of(command));
    }

    /**
     * Prepares a command; {@link #start()} runs it.
     *
     * @param command the program and its arguments
     * @throws IllegalArgumentException if {@code command} is empty
     */
    public Subprocess(List<String> command) {
        this.command = List.copyOf(command);
        if (this.command.isEmpty()) {
            throw new IllegalArgumentException("a Subprocess needs a command");
        }
        this.builder = new ProcessBuilder(this.command);
        this.notifier = Main.notifier();
        this.stdout = new Output("stdout");
        this.stderr = new Output("stderr");
        this.stdin = new Input();
    }

    // -------------------------------------------------------------------------------------------- configuration

    /**
     * Sets the working directory of the process (before {@link #start()}); by default the current one.
     *
     * @param directory the directory
     * @return this
     */
    public synchronized Subprocess setDirectory(Path directory) {
        checkNotStarted();
        builder.directory(directory.toFile());
        return this;
    }

    /**
     * Sets an environment variable of the process (before {@link #start()}); it inherits this process's environment
     * otherwise.
     *
     * @param name the variable
     * @param value its value, or {@code null} to remove it
     * @return this
     */
    public synchronized Subprocess setEnvironment(String name, String value) {
        checkNotStarted();
        Objects.requireNonNull(name, "name");
        if (value == null) {
            builder.environment().remove(name);
        } else {
            builder.environment().put(name, value);
        }
        return this;
    }

    /**
     * Sets the character set of the {@link Output#lines()} signals and of strings written to stdin; UTF-8 by default.
     *
     * @param newCharset the character set
     * @return this
     */
    public synchronized Subprocess setCharset(Charset newCharset) {
        charset = Objects.requireNonNull(newCharset, "newCharset");
        return this;
    }

    /**
     * Returns the character set of lines and of strings written to stdin.
     *
     * @return the character set
     */
    public synchronized Charset charset() {
        return charset;
    }

    /**
     * Sets how long {@link #stop()} waits after SIGTERM before it kills the process.
     *
     * @param gracePeriod zero or more; {@link #DEFAULT_STOP_GRACE_PERIOD} by default
     * @return this
     */
    public synchronized Subprocess setStopGracePeriod(Duration gracePeriod) {
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("negative grace period: " + gracePeriod);
        }
        stopGracePeriod = gracePeriod;
        return this;
    }

    /**
     * Returns how long {@link #stop()} waits after SIGTERM before it kills the process.
     *
     * @return the grace period
     */
    public synchronized Duration stopGracePeriod() {
        return stopGracePeriod;
    }

    /**
     * Sets how many bytes each of stdout and stderr buffers before it stops reading its pipe, unless a waiting read
     * needs more (a line up to its maximum length, {@code readExactly(n)}); as {@code Socket.setBufferSize}.
     *
     * @param bytes at least 1; {@link #DEFAULT_BUFFER_SIZE} by default
     * @return this
     */
    public Subprocess setBufferSize(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the buffer size must be at least 1, not " + bytes);
        }
        stdout.setBufferSize(bytes);
        stderr.setBufferSize(bytes);
        pump.wakeUp();
        return this;
    }

    /**
     * Returns how many bytes each of stdout and stderr buffers before it stops reading its pipe.
     *
     * @return the buffer size
     */
    public int bufferSize() {
        return stdout.bufferSize;
    }

    /**
     * Sets how many bytes written to stdin may wait in its queue: a write that fits finishes at once, a larger one
     * when the writes before it have gone out and made room; as {@code Socket.setWriteQueueLimit}.
     *
     * @param bytes at least 1; {@link #DEFAULT_WRITE_QUEUE_LIMIT} by default
     * @return this
     */
    public Subprocess setWriteQueueLimit(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the write queue limit must be at least 1, not " + bytes);
        }
        stdin.queueLimit = bytes;
        return this;
    }

    /**
     * Returns how many bytes written to stdin may wait in its queue.
     *
     * @return the limit
     */
    public int writeQueueLimit() {
        return stdin.queueLimit;
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /**
     * Starts the process. Returns at once (starting a process takes a fork and an exec, not a wait).
     *
     * @return {@link #exited()}: the exit code once the process has exited and its output is buffered; failed with
     *     an {@link IOException} that names the command if it cannot be started (no such program, not executable,
     *     no such directory)
     * @throws IllegalStateException if it was started before
     */
    public InProgress<Integer> start() {
        Process child;
        IOException failure = null;
        // Under the lock, so that a stop() on another thread waits for the process instead of missing it; a fork
        // and exec take a millisecond or so.
        synchronized (this) {
            checkNotStarted();
            started = true;
            try {
                child = builder.start();
                process = child;
            } catch (IOException | RuntimeException e) {
                child = null;
                failure = new IOException("cannot start " + command + ": " + e.getMessage(), e);
            }
        }
        if (child == null) {
            stdout.startFailed(failure);
            stderr.startFailed(failure);
            stdin.startFailed(failure);
            exited.tryFail(failure);
            return exited;
        }
        stdout.attach(child.getInputStream());
        stderr.attach(child.getErrorStream());
        stdin.attach(new PipeWriter(child.getOutputStream(), notifier::post, "the stdin of " + this,
                stdin.queueLimit, pump::wakeUp));
        pump.add(new Watch(child));
        return exited;
    }

    /**
     * Returns the exit code of the process, once it has exited and its output is buffered.
     *
     * @return finishes with the exit code (128 + the signal's number if a signal killed it), or fails if the process
     *     could not be started
     */
    public InProgress<Integer> exited() {
        return exited;
    }

    /**
     * Stops the process, waiting for the {@linkplain #stopGracePeriod configured grace period}; see
     * {@link #stop(Duration)}.
     *
     * @return {@link #exited()}
     */
    public InProgress<Integer> stop() {
        Duration grace;
        synchronized (this) {
            grace = stopGracePeriod;
        }
        return stop(grace);
    }

    /**
     * Stops the process: sends it SIGTERM (a normal termination request, {@link java.lang.Process#destroy()}), and
     * SIGKILL ({@link java.lang.Process#destroyForcibly()}) if it is still running after {@code gracePeriod} on the
     * notifier's clock. Never blocks. Only the process itself is signalled, not processes it started. Stopping a
     * process that has exited, or stopping twice, just returns {@link #exited()} (a second call does not shorten the
     * grace period).
     *
     * @param gracePeriod how long the process may take to end after SIGTERM; zero kills it at once
     * @return {@link #exited()}: finishes when the process is gone
     * @throws IllegalStateException if it was not started
     */
    public InProgress<Integer> stop(Duration gracePeriod) {
        if (gracePeriod.isNegative()) {
            throw new IllegalArgumentException("negative grace period: " + gracePeriod);
        }
        Process running;
        synchronized (this) {
            if (!started) {
                throw new IllegalStateException("stop() before start(): " + this);
            }
            running = process;
            if (running == null || exited.isFinished() || killTimer != null) {
                return exited;
            }
            if (gracePeriod.isZero()) {
                running.destroyForcibly();
            } else {
                running.destroy();
                killTimer = notifier.schedule(gracePeriod.toNanos(), () -> {
                    if (running.isAlive()) {
                        running.destroyForcibly();
                    }
                });
            }
        }
        pump.wakeUp();
        return exited;
    }

    /**
     * Tells whether the process was started and has not exited.
     *
     * @return {@code true} while it runs
     */
    public boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /**
     * Returns the operating system's id of the process.
     *
     * @return the pid
     * @throws IllegalStateException if it was not started (or could not be)
     */
    public long pid() {
        Process running = process;
        if (running == null) {
            throw new IllegalStateException("no process: " + this);
        }
        return running.pid();
    }

    /**
     * Returns the command.
     *
     * @return the program and its arguments
     */
    public List<String> command() {
        return command;
    }

    // ------------------------------------------------------------------------------------------------- streams

    /**
     * Returns the process's standard output.
     *
     * @return stdout
     */
    public Output stdout() {
        return stdout;
    }

    /**
     * Returns the process's standard error.
     *
     * @return stderr
     */
    public Output stderr() {
        return stderr;
    }

    /**
     * Returns the process's standard input.
     *
     * @return stdin
     */
    public Input stdin() {
        return stdin;
    }

    /**
     * Reads from stdout; {@code stdout().read()}.
     *
     * @return what has arrived, or the next bytes; an empty array at the end
     */
    public InProgress<byte[]> read() {
        return stdout.read();
    }

    /**
     * Reads a line from stdout; {@code stdout().readLine()}.
     *
     * @return the line with its delimiter; an empty array at the end
     */
    public InProgress<byte[]> readLine() {
        return stdout.readLine();
    }

    /**
     * Writes to stdin; {@code stdin().write(text)}.
     *
     * @param text encoded in the {@linkplain #setCharset charset}
     * @return finishes when the bytes are handed over (see {@link Input})
     */
    public InProgress<Void> write(String text) {
        return stdin.write(text);
    }

    /**
     * Writes to stdin; {@code stdin().write(bytes)}.
     *
     * @param bytes the bytes; copied
     * @return finishes when the bytes are handed over (see {@link Input})
     */
    public InProgress<Void> write(byte[] bytes) {
        return stdin.write(bytes);
    }

    @Override
    public String toString() {
        Process running = process;
        String state;
        if (running == null) {
            state = exited.isFailed() ? "failed to start" : "not started";
        } else if (running.isAlive()) {
            state = "pid " + running.pid() + ", running";
        } else {
            state = "pid " + running.pid() + ", exited";
        }
        return "Subprocess" + command + "[" + state + "]";
    }

    private void checkNotStarted() {
        if (started) {
            throw new IllegalStateException("already started: " + this);
        }
    }

    /** Runs {@code action} on the notifier thread: now if this is it, else posted. */
    private void onLoop(Runnable action) {
        if (notifier.isLoopThread()) {
            action.run();
        } else {
            notifier.post(action);
        }
    }

    /** Finishes {@link #exited()}, on the notifier thread, after the outputs' last bytes. */
    private void finishExit(int exitCode) {
        TimerHandle timer;
        synchronized (this) {
            timer = killTimer;
        }
        if (timer != null) {
            timer.cancel();
        }
        exited.tryFinish(exitCode);
    }

    /** What the pump polls for one process: its two outputs and its exit. */
    private final class Watch implements PipePump.Source {
        private final Process watched;
        private boolean exitSeen;

        Watch(Process watched) {
            this.watched = watched;
        }

        @Override
        public int poll() {
            boolean progress = false;
            if (!exitSeen && !watched.isAlive()) {
                // Everything the process wrote is in its pipes now (or in the JDK's copy of them): from here on, an
                // output with nothing available has ended.
                exitSeen = true;
                progress = true;
            }
            progress |= stdout.pump(exitSeen);
            progress |= stderr.pump(exitSeen);
            if (exitSeen && stdout.pumpEnded && stderr.pumpEnded) {
                int exitCode = watched.exitValue();
                notifier.post(() -> finishExit(exitCode));
                return DONE;
            }
            return progress ? PROGRESS : IDLE;
        }
    }

    // ---------------------------------------------------------------------------------------------- the outputs

    /**
     * The standard output or standard error of a {@link Subprocess}, read as a {@code kaa.Socket} is: reads that return
     * {@code InProgress}es, served in the order they were asked for, and a signal of lines. Use either the reads or
     * {@link #lines()}: while callbacks are connected to {@code lines()}, each complete line is taken out of the buffer
     * and emitted (unless reads are waiting; they come first).
     *
     * <p>The output reads its pipe while its buffer holds less than the {@linkplain Subprocess#setBufferSize buffer
     * size}, or less than what the first waiting read needs (a line up to its maximum length, {@code readExactly(n)}):
     * a slow reader holds the process back instead of filling memory.
     */
    public final class Output {
        private static final byte[] NEWLINE = {'\n'};

        private final String name;
        private final Signal<String> lines = new Signal<>();
        /** Loop-confined. */
        private final ReadBuffer buffer;
        /** Bytes the pump read and the program has not consumed: the pump reads only while this is below capacity(). */
        private final AtomicInteger unconsumed = new AtomicInteger();
        private volatile int bufferSize = DEFAULT_BUFFER_SIZE;
        private volatile int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        /** What the first waiting read needs buffered ({@link ReadBuffer#demand()}); written on the notifier thread. */
        private volatile int demand;
        /** Closed by the program: the pump reads and drops, so the process never blocks on this pipe. */
        private volatile boolean discarding;

        // Pump-confined.
        private InputStream in;
        private boolean pumpEnded;

        Output(String name) {
            this.name = name;
            this.buffer = new ReadBuffer("Subprocess " + name, null, DEFAULT_BUFFER_SIZE, Subprocess.this::onLoop,
                    this::consumed, this::updateDemand);
        }

        /**
         * Reads the next bytes the process wrote: what is buffered, or the next chunk to arrive.
         *
         * @return at least one byte, or an empty array at the end of the stream; fails if the process could not be
         *     started or the output was closed
         */
        public InProgress<byte[]> read() {
            return queue(buffer.newRead());
        }

        /**
         * Reads the next line, ending with {@code '\n'}, of at most {@link #maxLineLength()} bytes; see
         * {@link #readLine(byte[], int)}.
         *
         * @return the line, delimiter included; an empty array at the end of the stream
         */
        public InProgress<byte[]> readLine() {
            return queue(buffer.newLineRead(NEWLINE, maxLineLength));
        }

        /**
         * Reads the next line: the bytes up to and including the next {@code delimiter}. At the end of the stream the
         * last bytes come as a line without a delimiter, then an empty array. If {@code maxLength} bytes arrive without
         * a delimiter, it fails with a {@link LineTooLongException} and consumes nothing: the bytes stay buffered for
         * {@link #read()}.
         *
         * @param delimiter the bytes that end a line, at least one
         * @param maxLength the maximum length of a line, delimiter included
         * @return the line, delimiter included; an empty array at the end of the stream
         * @throws IllegalArgumentException if the delimiter is empty or longer than {@code maxLength}
         */
        public InProgress<byte[]> readLine(byte[] delimiter, int maxLength) {
            return queue(buffer.newLineRead(delimiter, maxLength));
        }

        /**
         * Reads exactly {@code count} bytes.
         *
         * @param count how many; the output buffers up to that many while it waits
         * @return the bytes; fails with an {@link java.io.EOFException} if the stream ends first (the bytes stay
         *     buffered for {@link #read()})
         */
        public InProgress<byte[]> readExactly(int count) {
            return queue(buffer.newExactRead(count));
        }

        /**
         * Returns the signal of lines: each line, without its {@code '\n'}, decoded in the {@linkplain
         * Subprocess#setCharset charset}, emitted on the notifier thread as it arrives; at the end, the text after the
         * last line end, if any. A line longer than the {@linkplain #setMaxLineLength maximum} comes in pieces of that
         * length. Connect before {@link Subprocess#start()} to see every line.
         *
         * @return the lines signal
         */
        public Signal<String> lines() {
            return lines;
        }

        /**
         * Sets the longest line {@link #readLine()} and {@link #lines()} take, delimiter included, for reads from now
         * on.
         *
         * @param bytes at least 1; {@link Subprocess#DEFAULT_MAX_LINE_LENGTH} by default
         */
        public void setMaxLineLength(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the maximum line length must be at least 1, not " + bytes);
            }
            maxLineLength = bytes;
        }

        /**
         * Returns the longest line {@link #readLine()} takes, delimiter included.
         *
         * @return the maximum line length in bytes
         */
        public int maxLineLength() {
            return maxLineLength;
        }

        /**
         * Returns how many bytes the process wrote that the program has not read yet, including those on their way
         * to the buffer. While the process runs this stays within the buffer size, or what the first waiting read
         * needs; after the exit the rest of the pipe (about 64 KiB on Linux at most) is added.
         *
         * @return the unread bytes
         */
        public int unreadBytes() {
            return unconsumed.get();
        }

        /**
         * Stops reading: drops what is buffered and everything the process writes from now on (so the process never
         * blocks on this pipe), and fails waiting and later reads.
         */
        public void close() {
            discarding = true;
            pump.wakeUp();
            onLoop(() -> {
                buffer.discard(new IOException("the " + name + " of " + Subprocess.this + " was closed"));
                updateDemand();
            });
        }

        @Override
        public String toString() {
            return "the " + name + " of " + Subprocess.this;
        }

        /** Queues {@code read} on the notifier thread, where the pump may learn that it needs to buffer more. */
        private InProgress<byte[]> queue(ReadBuffer.Read<byte[]> read) {
            onLoop(() -> {
                buffer.add(read);
                updateDemand();
            });
            return read;
        }

        private void setBufferSize(int bytes) {
            bufferSize = bytes;
            onLoop(() -> buffer.setBufferSize(bytes));
        }

        private void updateDemand() {
            int needed = buffer.demand();
            if (needed != demand) {
                demand = needed;
                if (needed > bufferSize) {
                    pump.wakeUp(); // it may have stopped at the buffer size
                }
            }
        }

        /** How many unconsumed bytes the pump may hold for this output. */
        private int capacity() {
            return Math.max(bufferSize, demand);
        }

        /** Told by the buffer, on the notifier thread, that the program took {@code count} bytes. */
        private void consumed(int count) {
            int before = unconsumed.getAndAdd(-count);
            if (before >= capacity()) {
                pump.wakeUp(); // the pump stopped reading for lack of room; there is room again
            }
        }

        private void attach(InputStream stream) {
            in = stream; // published to the pump thread by the pump's queue of sources
        }

        private void startFailed(IOException failure) {
            onLoop(() -> buffer.end(failure));
        }

        /** On the notifier thread: bytes from the pump. */
        private void deliver(byte[] chunk) {
            buffer.append(chunk);
            emitLines();
            updateDemand();
        }

        /** On the notifier thread: the end, or a read failure, from the pump. */
        private void deliverEnd(IOException failure) {
            buffer.end(failure);
            emitLines();
            updateDemand();
        }

        private void emitLines() {
            if (lines.count() == 0) {
                return;
            }
            Charset lineCharset = charset();
            byte[] line;
            while ((line = buffer.pollLine(NEWLINE, maxLineLength)) != null) {
                int length = line.length;
                if (endsWith(line, NEWLINE)) {
                    length -= NEWLINE.length;
                }
                lines.emit(new String(line, 0, length, lineCharset));
            }
        }

        /**
         * On the pump thread: reads what is available, within the buffer's room (or all of it once the process has
         * exited, so that its exit never waits for the program to read; that is at most what a pipe holds).
         *
         * @return whether something moved
         */
        private boolean pump(boolean processExited) {
            if (pumpEnded) {
                return false;
            }
            boolean dropping = discarding;
            int room = processExited || dropping ? MAX_CHUNK : capacity() - unconsumed.get();
            if (room <= 0) {
                return false;
            }
            IOException failure = null;
            int count;
            byte[] chunk = null;
            try {
                int available = in.available();
                if (available > 0) {
                    chunk = new byte[Math.min(Math.min(available, room), MAX_CHUNK)];
                    count = in.read(chunk, 0, chunk.length); // at most what is available: does not block
                } else if (processExited) {
                    count = -1;
                } else {
                    return false;
                }
            } catch (IOException e) {
                failure = new IOException("cannot read the " + name + " of " + Subprocess.this + ": "
                        + e.getMessage(), e);
                count = -1;
            }
            if (count < 0) {
                pumpEnded = true;
                closeQuietly(in);
                IOException ended = failure;
                notifier.post(() -> deliverEnd(ended));
                return true;
            }
            if (count == 0 || dropping) {
                return count > 0;
            }
            byte[] received = count == chunk.length ? chunk : Arrays.copyOf(chunk, count);
            unconsumed.addAndGet(count);
            notifier.post(() -> deliver(received));
            return true;
        }
    }

    // ------------------------------------------------------------------------------------------------ the input

    /**
     * The standard input of a {@link Subprocess}, written as a {@code kaa.Socket} is: {@link #write} queues the bytes
     * and never blocks; kaa's stdin threads write them in order. A write's {@code InProgress} finishes when its bytes
     * are handed over: written to the pipe, or in the queue, which holds at most the {@linkplain
     * Subprocess#setWriteQueueLimit write queue limit}. A write that does not fit waits, and finishes only when the
     * writes before it have gone out and made room: a writer that awaits its writes is slowed down to the pace of the
     * process (that is the back-pressure). Writes after the process has exited fail with an {@link IOException}. A
     * write that fails (the process exits while bytes are queued: "Broken pipe") fails the writes not handed over yet
     * and {@link #close()}.
     */
    public final class Input {
        private volatile PipeWriter writer;
        private volatile IOException startFailure;
        private volatile int queueLimit = DEFAULT_WRITE_QUEUE_LIMIT;

        Input() {}

        /**
         * Queues bytes for the process's stdin.
         *
         * @param bytes the bytes; copied
         * @return finishes when the bytes are handed over; fails with an {@link IOException} if stdin is closed, the
         *     process has exited or a write fails (the writes queued after it fail too)
         * @throws IllegalStateException before {@link Subprocess#start()}
         */
        public InProgress<Void> write(byte[] bytes) {
            return writeChecked(bytes.clone());
        }

        /**
         * The writer, for a write: fails the write at once when the process has exited (a queued write would only
         * find that out on its writer thread, after being handed over).
         */
        private PipeWriter writerForWrite() throws IOException {
            PipeWriter current = writer();
            Process running = process;
            if (running != null && !running.isAlive()) {
                throw new IOException("cannot write to " + this + ": the process has exited");
            }
            return current;
        }

        /**
         * Queues the remaining bytes of {@code bytes}, without moving its position.
         *
         * @param bytes the bytes; copied
         * @return as {@link #write(byte[])}
         */
        public InProgress<Void> write(ByteBuffer bytes) {
            byte[] copy = new byte[bytes.remaining()];
            bytes.duplicate().get(copy);
            return writeChecked(copy);
        }

        /**
         * Queues {@code text}, encoded in the {@linkplain Subprocess#setCharset charset}.
         *
         * @param text the text
         * @return as {@link #write(byte[])}
         */
        public InProgress<Void> write(String text) {
            return writeChecked(text.getBytes(charset()));
        }

        private InProgress<Void> writeChecked(byte[] bytes) {
            PipeWriter current;
            try {
                current = writerForWrite();
            } catch (IOException exited) {
                return InProgress.failed(exited);
            }
            return current.write(bytes);
        }

        /**
         * Closes stdin once the queued bytes are written: the process reads the end of its input.
         *
         * @return finishes when stdin is closed
         * @throws IllegalStateException before {@link Subprocess#start()}
         */
        public InProgress<Void> close() {
            return writer().close();
        }

        /**
         * Returns how many bytes are queued and not written yet.
         *
         * @return the queued bytes; 0 before start
         */
        public long queuedBytes() {
            PipeWriter current = writer;
            return current == null ? 0 : current.queuedBytes();
        }

        @Override
        public String toString() {
            return "the stdin of " + Subprocess.this;
        }

        private PipeWriter writer() {
            PipeWriter current = writer;
            if (current == null) {
                IOException failure = startFailure;
                if (failure != null) {
                    throw new IllegalStateException("stdin of a process that could not start: " + failure.getMessage(),
                            failure);
                }
                throw new IllegalStateException("start() the Subprocess before writing to its stdin: "
                        + Subprocess.this);
            }
            return current;
        }

        private void attach(PipeWriter newWriter) {
            writer = newWriter;
        }

        private void startFailed(IOException failure) {
            startFailure = failure;
        }
    }

    private static boolean endsWith(byte[] line, byte[] suffix) {
        if (line.length < suffix.length) {
            return false;
        }
        for (int i = 0; i < suffix.length; i++) {
            if (line[line.length - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the JDK closed the pipe when the process exited; there is nothing left to release
        }
    }
}
