package kaa.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coroutine dump of a running program: {@link DumpProgram} in a JVM started with {@code -Dkaa.debug.coroutines=true}
 * (the registry is fixed when the JVM starts), through {@code Main.dump()} and through the MBean.
 */
class CoroutineDumpTest {
    private static List<String> output;

    @BeforeAll
    static void runTheProgram() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Dkaa.debug.coroutines=true", "-cp",
                System.getProperty("java.class.path"), DumpProgram.class.getName())
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the program ended");
        assertEquals(0, process.exitValue(), text);
        output = List.of(text.split("\\R"));
    }

    @Test
    void theDumpListsEveryLiveCoroutineWithItsLineAndWhatItAwaits() {
        List<String> dump = section("== Main.dump()");
        assertTrue(dump.get(0).startsWith("kaa coroutine dump: 5 live coroutines"), String.join("\n", dump));
        assertEntry(dump, "DebugBodies.waitsForCoroutine[suspended at DebugBodies.java:" + line("[waitsForCoroutine]")
                + " awaiting coroutine DebugBodies.waitsForJob, ");
        assertEntry(dump, "DebugBodies.waitsForJob[suspended at DebugBodies.java:" + line("[waitsForJob]")
                + " awaiting thread job DebugBodies.blockingJob, ");
        assertEntry(dump, "DebugBodies.sleeps[suspended at DebugBodies.java:" + line("[sleeps]")
                + " awaiting delay PT1H, ");
        assertEntry(dump, "DebugBodies.oneAtATime[suspended at DebugBodies.java:" + line("[oneAtATime]")
                + " awaiting InProgress[pending], ");
        assertEntry(dump, "DebugBodies.oneAtATime[queued behind earlier invocations (its policy's queue), ");
    }

    @Test
    void theMBeanGivesTheSameDump() {
        List<String> dump = section("== Main.dump()");
        List<String> mbean = section("== MBean");
        assertEquals(strip(dump), strip(mbean));
    }

    @Test
    void finishedCoroutinesLeaveTheDumpAndSayHowTheyEnded() {
        String all = String.join("\n", output);
        assertTrue(output.stream().anyMatch(l -> l.startsWith("== after: kaa coroutine dump: 0 live coroutines|")),
                all);
        assertTrue(output.contains("== finished: DebugBodies.waitsForCoroutine[finished: null]"), all);
    }

    private static void assertEntry(List<String> dump, String start) {
        long matching = dump.stream().filter(l -> l.strip().startsWith(start) && l.strip().endsWith(" s]")).count();
        if (matching != 1) {
            fail("expected one entry starting with '" + start + "' in\n" + String.join("\n", dump));
        }
    }

    /** The lines from {@code header} to the next header. */
    private static List<String> section(String header) {
        int at = output.indexOf(header);
        assertTrue(at >= 0, "no " + header + " in\n" + String.join("\n", output));
        List<String> lines = new ArrayList<>();
        for (int i = at + 1; i < output.size() && !output.get(i).startsWith("=="); i++) {
            lines.add(output.get(i));
        }
        return lines;
    }

    /** The entries without their times, which differ between the two dumps. */
    private static List<String> strip(List<String> dump) {
        List<String> entries = new ArrayList<>();
        for (String entry : dump) {
            entries.add(entry.replaceAll(", \\d+\\.\\d s]$", "]"));
        }
        return entries;
    }

    private static int line(String tag) {
        return DebuggingTest.lineOf(tag);
    }
}
