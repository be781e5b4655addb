package kaa.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static kaa.Async.done;
import static kaa.Async.yield_;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kaa.Coroutine;
import kaa.InProgress;
import kaa.Main;
import kaa.Notifier;
import kaa.Subprocess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A coroutine that drives a {@link Subprocess}: a conversation over stdin and stdout, then its exit code. */
@ExtendWith(NotifierReports.class)
class SubprocessTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Notifier previous;
    private Notifier notifier;

    @BeforeEach
    void freshNotifier() {
        previous = Main.notifier();
        notifier = new Notifier();
        Main.setNotifier(notifier);
    }

    @AfterEach
    void restore() {
        notifier.close();
        Main.setNotifier(previous);
    }

    abstract static class Calculator {
        final List<String> transcript = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        /** Asks a shell loop to double numbers, one line each way, then ends its input and returns its exit code. */
        @Coroutine
        InProgress<Integer> doubleAll(List<Integer> numbers) {
            Subprocess shell = new Subprocess("sh", "-c",
                    "while read n; do echo $((n * 2)); done; echo 'no more input' >&2; exit 3");
            shell.stderr().lines().connect(errors::add);
            shell.start();
            try {
                for (int n : numbers) {
                    yield_(shell.write(n + "\n"));
                    String answer = new String(yield_(shell.readLine()), US_ASCII).strip();
                    transcript.add(n + " -> " + answer);
                }
                yield_(shell.stdin().close());
                byte[] end = yield_(shell.readLine());
                transcript.add(end.length == 0 ? "end of stdout" : "unexpected: " + new String(end, US_ASCII));
                return done(yield_(shell.exited()));
            } finally {
                if (shell.isRunning()) {
                    shell.stop(Duration.ZERO);
                }
            }
        }

        /** A command that cannot start fails the coroutine where it awaits the exit, as a thrown IOException. */
        @Coroutine
        InProgress<String> runMissing() {
            Subprocess missing = new Subprocess("/nonexistent/kaa-it-no-such-program");
            try {
                yield_(missing.start(), IOException.class);
                return done("started?");
            } catch (IOException e) {
                return done("caught: " + e.getMessage());
            }
        }
    }

    @Test
    void aCoroutineTalksToAProcessAndGetsItsExitCode() {
        Calculator calculator = new SubprocessTest_Calculator_Coroutines();
        assertEquals(3, calculator.doubleAll(List.of(1, 21, 100)).await(LIMIT));
        assertEquals(List.of("1 -> 2", "21 -> 42", "100 -> 200", "end of stdout"), calculator.transcript);
        assertEquals(List.of("no more input"), calculator.errors, "stderr lines arrive before the exit");
    }

    @Test
    void aMissingCommandIsAnIOExceptionInTheCoroutine() {
        Calculator calculator = new SubprocessTest_Calculator_Coroutines();
        String outcome = calculator.runMissing().await(LIMIT);
        assertTrue(outcome.startsWith("caught: cannot start [/nonexistent/kaa-it-no-such-program]"), outcome);
    }
}
