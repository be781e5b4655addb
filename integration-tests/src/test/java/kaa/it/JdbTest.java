package kaa.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * With {@code -Akaa.smap=true} (this module's compiler arguments) the machines carry a JSR-45 source map: {@code jdb}
 * stops in a machine at a line of the user's file, and shows, lists and steps the user's lines.
 */
class JdbTest {
    private static final String MACHINE = "kaa.it.DebugBodies_CoroutineMachines$ParseMachine";

    @Test
    void jdbStopsAtTheUsersLineListsTheUsersSourceAndStepsToItsNextLine() throws IOException, InterruptedException {
        Path jdb = Path.of(System.getProperty("java.home"), "bin", "jdb");
        assumeTrue(Files.isExecutable(jdb), "a JDK with jdb");
        int strip = DebuggingTest.lineOf("[strip]");
        int parse = DebuggingTest.lineOf("[parse]");
        Process process = new ProcessBuilder(jdb.toString(), "-sourcepath", "src/test/java", "-classpath",
                System.getProperty("java.class.path"), JdbProgram.class.getName())
                .redirectErrorStream(true)
                .start();
        Session session = new Session(process);
        try {
            session.send("stop at " + MACHINE + ":" + strip, "Deferring breakpoint");
            String hit = session.send("run", "main\\[1\\] ");
            assertTrue(hit.contains("Breakpoint hit: ") && hit.contains(MACHINE + ".resume(), line=" + strip + " "),
                    hit);
            String where = session.send("where", "main\\[1\\] ");
            assertTrue(where.contains("[1] " + MACHINE + ".resume (DebugBodies.java:" + strip + ")"), where);
            String list = session.send("list", "main\\[1\\] ");
            assertTrue(Pattern.compile("(?m)^" + strip + " => .*text\\.strip\\(\\); // \\[strip\\]").matcher(list)
                    .find(), list);
            String next = session.send("next", "main\\[1\\] ");
            assertTrue(next.contains("Step completed: ") && next.contains("line=" + parse + " "), next);
            String end = session.send("cont", "The application exited");
            assertTrue(end.contains("result 50"), end);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Commands to jdb, each answered by the output up to a pattern. */
    private static final class Session {
        private final InputStream output;
        private final OutputStream input;
        private final StringBuilder seen = new StringBuilder();

        Session(Process process) {
            this.output = process.getInputStream();
            this.input = process.getOutputStream();
        }

        /** Sends {@code command} and returns what jdb printed until {@code answer} matched. */
        String send(String command, String answer) throws IOException {
            int from = seen.length();
            input.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
            Pattern pattern = Pattern.compile(answer);
            while (!pattern.matcher(seen.substring(from)).find()) {
                int next = output.read();
                if (next < 0) {
                    throw new AssertionError("jdb ended before '" + answer + "' after '" + command + "':\n" + seen);
                }
                seen.append((char) next);
            }
            return seen.substring(from);
        }
    }
}
