package kaa;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Subprocess} against real {@code sh} processes: stdout and stderr as reads and line signals, stdin, exit codes,
 * stop with a grace period, a command that does not exist, flow control with a slow reader, 200 processes at once.
 * The notifier runs on the real clock (real processes take real time); every wait is bounded.
 */
@ExtendWith(NotifierReports.class)
class SubprocessTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Notifier previousNotifier;
    private Notifier notifier;
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final List<Subprocess> started = new ArrayList<>();

    @BeforeEach
    void freshNotifier() {
        previousNotifier = Main.notifier();
        notifier = new Notifier();
        Main.setNotifier(notifier);
        notifier.exceptionSignal().connect(reported::add);
    }

    @AfterEach
    void killLeftoversAndRestoreTheNotifier() {
        for (Subprocess process : started) {
            if (process.isRunning()) {
                ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        Main.setNotifier(previousNotifier);
        notifier.close();
        assertTrue(reported.isEmpty(), () -> "callbacks failed: " + reported);
    }

    private Subprocess sh(String script) {
        Subprocess process = new Subprocess("sh", "-c", script);
        started.add(process);
        return process;
    }

    private static <T> T await(InProgress<T> ip) {
        return ip.await(LIMIT);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, US_ASCII);
    }

    /** Reads an output to its end with {@code readLine()}. */
    private static List<String> readAllLines(Subprocess.Output output) {
        List<String> lines = new ArrayList<>();
        for (byte[] line = await(output.readLine()); line.length > 0; line = await(output.readLine())) {
            lines.add(text(line));
        }
        return lines;
    }

    // ------------------------------------------------------------------------------------------------- output

    @Test
    void stdoutLinesAreReadInOrderWithTheirDelimiterAndTheLastUnterminatedOneThenTheEnd() {
        Subprocess process = sh("echo one; echo two; printf three");
        process.start();
        assertEquals(List.of("one\n", "two\n", "three"), readAllLines(process.stdout()));
        assertEquals(0, await(process.readLine()).length, "the end again");
        assertEquals(0, await(process.exited()));
    }

    @Test
    void stderrLinesComeThroughTheLinesSignalOnTheNotifierThreadBeforeTheExit() {
        Subprocess process = sh("echo out; echo err1 >&2; echo err2 >&2; printf tail >&2; exit 4");
        List<String> errors = new ArrayList<>();
        List<Boolean> onLoopThread = new ArrayList<>();
        process.stderr().lines().connect(line -> {
            errors.add(line);
            onLoopThread.add(notifier.isLoopThread());
        });
        List<String> seenAtExit = new ArrayList<>();
        process.start().connect(code -> seenAtExit.addAll(errors));

        assertEquals(4, await(process.exited()));
        assertEquals(List.of("err1", "err2", "tail"), errors);
        assertEquals(errors, seenAtExit, "every line was emitted before the exit callbacks ran");
        assertFalse(onLoopThread.contains(false));
        assertEquals("out\n", text(await(process.readLine())), "stdout is buffered independently");
    }

    @Test
    void readGivesTheBytesAsTheyArriveAndAnEmptyArrayAtTheEnd() {
        Subprocess process = sh("printf 'ab\\000cd'");
        process.start();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] chunk = await(process.read()); chunk.length > 0; chunk = await(process.read())) {
            all.writeBytes(chunk);
        }
        assertArrayEquals(new byte[] {'a', 'b', 0, 'c', 'd'}, all.toByteArray());
    }

    @Test
    void readExactlyAndACustomDelimiter() {
        Subprocess process = sh("printf 'HEAD1234a;;b;;c'");
        process.start();
        Subprocess.Output stdout = process.stdout();
        assertEquals("HEAD", text(await(stdout.readExactly(4))));
        assertEquals("1234", text(await(stdout.readExactly(4))));
        byte[] delimiter = {';', ';'};
        assertEquals("a;;", text(await(stdout.readLine(delimiter, 10))));
        assertEquals("b;;", text(await(stdout.readLine(delimiter, 10))));
        assertEquals("c", text(await(stdout.readLine(delimiter, 10))));
        assertEquals(0, await(stdout.readLine(delimiter, 10)).length);
        assertThrows(IllegalArgumentException.class, () -> stdout.readLine(new byte[0], 10));
        assertThrows(IllegalArgumentException.class, () -> stdout.readLine(delimiter, 1));
        InProgress<byte[]> tooMany = stdout.readExactly(1);
        CompletionException failure = assertThrows(CompletionException.class, () -> await(tooMany));
        assertInstanceOf(java.io.EOFException.class, failure.getCause());
    }

    @Test
    void aLineLongerThanTheMaximumFailsClearlyAndItsBytesCanStillBeRead() {
        Subprocess process = sh("printf '0123456789abcdef\\n'");
        process.stdout().setMaxLineLength(8);
        process.start();
        await(process.exited());
        CompletionException failure = assertThrows(CompletionException.class, () -> await(process.readLine()));
        LineTooLongException tooLong = assertInstanceOf(LineTooLongException.class, failure.getCause());
        assertEquals(8, tooLong.maxLength());
        assertEquals("0123456789abcdef\n", text(await(process.read())));
    }

    @Test
    void readsThatNeedMoreThanTheBufferSizeGetIt() {
        // 100 000 bytes, then a line of 50 000: both more than the 1 KiB buffer, which grows for the waiting read.
        Subprocess process = sh("head -c 100000 /dev/zero; head -c 49999 /dev/zero | tr '\\0' x; echo; read done");
        process.setBufferSize(1024);
        process.start();
        byte[] exactly = await(process.stdout().readExactly(100_000));
        assertEquals(100_000, exactly.length);
        byte[] line = await(process.readLine());
        assertEquals(50_000, line.length);
        assertEquals('x', line[0]);
        assertEquals('\n', line[49_999]);
        assertTrue(process.isRunning(), "all of it was read while the process ran");
        process.write("done\n");
        assertEquals(0, await(process.exited()));
    }

    @Test
    void anAbortedReadTakesNothingAndTheNextReadGetsTheLine() {
        Subprocess process = new Subprocess("cat");
        started.add(process);
        process.start();
        InProgress<byte[]> aborted = process.readLine();
        assertTrue(aborted.abort());
        InProgress<byte[]> next = process.readLine();
        process.write("only line\n");
        assertEquals("only line\n", text(await(next)));
        assertInstanceOf(InProgressAbortedException.class, aborted.exception());
        process.stdin().close();
        assertEquals(0, await(process.exited()));
    }

    // -------------------------------------------------------------------------------------------------- input

    @Test
    void stdinIsEchoedThroughCatLineByLineAndInBulk() {
        Subprocess process = new Subprocess("cat");
        started.add(process);
        process.start();
        await(process.write("hello\n"));
        assertEquals("hello\n", text(await(process.readLine())));

        byte[] bulk = new byte[1 << 20];
        for (int i = 0; i < bulk.length; i++) {
            bulk[i] = (byte) ('a' + i % 26);
        }
        ByteBuffer source = ByteBuffer.wrap(bulk);
        InProgress<Void> written = process.stdin().write(source);
        assertEquals(0, source.position(), "the buffer's position does not move");
        InProgress<Void> closed = process.stdin().close();
        ByteArrayOutputStream echoed = new ByteArrayOutputStream();
        for (byte[] chunk = await(process.read()); chunk.length > 0; chunk = await(process.read())) {
            echoed.writeBytes(chunk);
        }
        assertTrue(written.isFinished() && !written.isFailed());
        assertTrue(closed.isFinished() && !closed.isFailed());
        assertArrayEquals(bulk, echoed.toByteArray());
        assertEquals(0, await(process.exited()));
    }

    @Test
    void stdinDecidesTheExitCode() {
        Subprocess process = sh("read code; exit $code");
        process.start();
        process.write("42\n");
        assertEquals(42, await(process.exited()));
    }

    @Test
    void writingBeforeStartIsAnErrorAndAfterTheExitAFailure() {
        Subprocess process = sh("exit 0");
        assertThrows(IllegalStateException.class, () -> process.write("early"));
        process.start();
        assertEquals(0, await(process.exited()));
        InProgress<Void> late = process.write("late\n");
        CompletionException failure = assertThrows(CompletionException.class, () -> await(late));
        assertInstanceOf(IOException.class, failure.getCause());
        assertTrue(failure.getCause().getMessage().contains("stdin"), failure.getCause().getMessage());
        assertEquals(0, process.stdin().queuedBytes(), "a failed write leaves nothing queued");
    }

    // ------------------------------------------------------------------------------------------ exit and stop

    @Test
    void exitCodesArePassedThrough() {
        List<InProgress<Integer>> exits = new ArrayList<>();
        for (int code : new int[] {0, 1, 2, 127, 255}) {
            exits.add(sh("exit " + code).start());
        }
        assertEquals(List.of(0, 1, 2, 127, 255), await(InProgress.all(exits)));
    }

    @Test
    void stopSendsTermFirstAndAProcessThatHandlesItEndsOnItsOwnTerms() {
        Subprocess process = sh("trap 'kill $!; exit 7' TERM; sleep 30 >/dev/null 2>&1 & echo ready; wait");
        process.start();
        assertEquals("ready\n", text(await(process.readLine())));
        assertEquals(7, await(process.stop(LIMIT)), "the TERM handler ran; nothing was killed");
    }

    @Test
    void stopKillsAProcessThatIgnoresTermAfterTheGracePeriod() {
        Subprocess process = sh("trap '' TERM; echo ready; while :; do sleep 0.05; done");
        process.setStopGracePeriod(Duration.ofMillis(200));
        process.start();
        assertEquals("ready\n", text(await(process.readLine())));
        InProgress<Integer> stopped = process.stop();
        assertEquals(128 + 9, await(stopped), "killed by SIGKILL");
        assertFalse(process.isRunning());
        assertEquals(stopped, process.stop(), "stopping again returns the same exit");
    }

    @Test
    void stopWithoutGraceKillsAtOnce() {
        Subprocess process = sh("trap '' TERM; echo ready; while :; do sleep 0.05; done");
        process.start();
        assertEquals("ready\n", text(await(process.readLine())));
        assertEquals(128 + 9, await(process.stop(Duration.ZERO)));
    }

    @Test
    void stopBeforeStartIsAnError() {
        assertThrows(IllegalStateException.class, () -> sh("true").stop());
    }

    @Test
    void aCommandThatDoesNotExistFailsTheExitAndTheReadsClearly() {
        Subprocess process = new Subprocess("/nonexistent/kaa-no-such-program", "arg");
        InProgress<Integer> exit = process.start();
        assertTrue(exit.isFailed());
        assertInstanceOf(IOException.class, exit.exception());
        String message = exit.exception().getMessage();
        assertTrue(message.contains("cannot start") && message.contains("/nonexistent/kaa-no-such-program"),
                message);
        CompletionException readFailure = assertThrows(CompletionException.class, () -> await(process.readLine()));
        assertEquals(exit.exception(), readFailure.getCause());
        assertThrows(IllegalStateException.class, () -> process.write("x"));
        assertThrows(IllegalStateException.class, process::start, "a Subprocess starts once");
        assertFalse(process.isRunning());
    }

    // ------------------------------------------------------------------------------------------- flow control

    @Test
    void aSlowReaderKeepsTheBufferBoundedAndGetsEveryByte() {
        int bufferSize = 4096;
        int total = 1_000_000;
        // The process stays alive until its stdin says so: all the reading below happens while it runs.
        Subprocess process = sh("head -c " + total + " /dev/zero; read done");
        process.setBufferSize(bufferSize);
        process.start();
        long received = 0;
        int mostUnread = 0;
        while (received < total) {
            mostUnread = Math.max(mostUnread, process.stdout().unreadBytes());
            byte[] chunk = await(process.read());
            assertTrue(chunk.length > 0, "the stream ended early, after " + received + " bytes");
            for (byte b : chunk) {
                assertEquals(0, b);
            }
            received += chunk.length;
            LockSupport.parkNanos(200_000); // a slow reader: the process writes far faster
            mostUnread = Math.max(mostUnread, process.stdout().unreadBytes());
        }
        assertEquals(total, received);
        assertTrue(mostUnread <= bufferSize, "at most the buffer size is held unread, but " + mostUnread + " was");
        assertTrue(process.isRunning());
        process.write("done\n");
        assertEquals(0, await(process.exited()));
    }

    @Test
    void closingAnOutputDropsItSoAChattyProcessIsNeverStuck() {
        Subprocess process = sh("head -c 3000000 /dev/zero; echo finished >&2");
        process.setBufferSize(1024);
        process.stdout().close();
        process.start();
        assertEquals("finished\n", text(await(process.stderr().readLine())));
        assertEquals(0, await(process.exited()));
        CompletionException failure = assertThrows(CompletionException.class, () -> await(process.read()));
        assertTrue(failure.getCause().getMessage().contains("closed"), failure.getCause().getMessage());
    }

    @Test
    void writesBeyondTheQueueLimitWaitForThePipeAndAllArriveInOrder(@TempDir Path directory) throws IOException {
        // The process reads nothing until the gate file exists: the pipe (64 KiB) and then the queue fill up, and the
        // writes beyond the limit stay unfinished.
        Path gate = directory.resolve("gate");
        Subprocess process = sh("while [ ! -e '" + gate + "' ]; do sleep 0.01; done; cat");
        process.setWriteQueueLimit(100_000);
        process.start();
        byte[] piece = new byte[50_000];
        List<InProgress<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            java.util.Arrays.fill(piece, (byte) ('a' + i));
            writes.add(process.stdin().write(piece));
        }
        assertTrue(writes.get(0).isFinished(), "the first write fits in the queue: handed over at once");
        assertTrue(writes.get(1).isFinished(), "so does the second: 100 000 bytes queued");
        assertFalse(writes.get(9).isFinished(), "the last waits: 500 000 bytes cannot all be queued or written yet");
        assertTrue(process.stdin().queuedBytes() > 100_000, "the queue holds what was written beyond the limit");
        Files.createFile(gate);
        process.stdin().close();
        ByteArrayOutputStream echoed = new ByteArrayOutputStream();
        for (byte[] chunk = await(process.read()); chunk.length > 0; chunk = await(process.read())) {
            echoed.writeBytes(chunk);
        }
        await(InProgress.all(writes));
        byte[] all = echoed.toByteArray();
        assertEquals(500_000, all.length);
        for (int i = 0; i < all.length; i++) {
            assertEquals((byte) ('a' + i / 50_000), all[i], "byte " + i);
        }
        assertEquals(0, await(process.exited()));
    }

    // ------------------------------------------------------------------------------------------------ scaling

    @Test
    void twoHundredProcessesAtOnceWithAFixedNumberOfKaaThreads() {
        int count = 200;
        List<Subprocess> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Subprocess process = sh("read n; echo \"got $n\"; echo \"err $n\" >&2; exit $((n % 50))");
            process.start();
            processes.add(process);
        }
        // All 200 are running now, each blocked reading its stdin.
        for (Subprocess process : processes) {
            assertTrue(process.isRunning());
        }
        assertTrue(kaaThreads() <= 1 + PipeWriter.THREADS, () -> "kaa threads: " + kaaThreadNames());

        List<InProgress<byte[]>> lines = new ArrayList<>();
        List<InProgress<byte[]>> errors = new ArrayList<>();
        List<InProgress<Integer>> exits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Subprocess process = processes.get(i);
            process.write(i + "\n");
            lines.add(process.readLine());
            errors.add(process.stderr().readLine());
            exits.add(process.exited());
        }
        List<byte[]> got = await(InProgress.all(lines));
        List<byte[]> erred = await(InProgress.all(errors));
        List<Integer> codes = await(InProgress.all(exits));
        for (int i = 0; i < count; i++) {
            assertEquals("got " + i + "\n", text(got.get(i)));
            assertEquals("err " + i + "\n", text(erred.get(i)));
            assertEquals(i % 50, codes.get(i));
        }
        assertTrue(kaaThreads() <= 1 + PipeWriter.THREADS, () -> "kaa threads: " + kaaThreadNames());
    }

    private static long kaaThreads() {
        return kaaThreadNames().size();
    }

    private static List<String> kaaThreadNames() {
        List<String> names = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("kaa-subprocess") && thread.isAlive()) {
                names.add(thread.getName());
            }
        }
        return names;
    }
}
